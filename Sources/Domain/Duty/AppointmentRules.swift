import Foundation

/// When a resident may book (提前预约): a slot of the published service hours (实施意见 二(二)),
/// or a slot of a batch-intake day (集中受理) for that day's one matter, never in the past and
/// never past a slot's places. Each refusal is a sentence with the rule's clause.
public enum AppointmentRules {
    /// An ordinary slot's length and places (this program's reading: one desk, half an hour).
    public static let slotMinutes = 30
    public static let perSlot = 1

    /// The spans open for booking on `day`: office hours on working days, the evening on its
    /// weekdays, and the weekend or holiday span — as published.
    public static func openSpans(on day: LocalDate, hours: ServiceHours, calendar: WorkingDayCalendar) -> [TimeSpan] {
        var spans: [TimeSpan] = []
        if calendar.isWorkingDay(day), let office = hours.office { spans.append(office) }
        if let period = hours.dutyPeriod(on: day, calendar: calendar) { spans.append(period.span) }
        return spans
    }

    /// Nil when `draft` can be booked; otherwise the refusal. `existing` are the bookings of the
    /// draft's day and `intake` the batch-intake day on it, if one was set up.
    public static func check(_ draft: AppointmentDraft, existing: [Appointment], intake: IntakeDay?, hours: ServiceHours,
                             calendar: WorkingDayCalendar, now: Date, rules: RuleSet) -> Verdict? {
        let start = draft.slot.start.instant(on: draft.date)
        if start <= now { return refuse("\(draft.date.iso) \(draft.slot.start) 已经过去，不能预约", rules) }
        let taken = existing.filter { $0.draft.date == draft.date && $0.draft.slot.start == draft.slot.start }.count
        if let intake {
            guard draft.matter == intake.matter else {
                return refuse("\(draft.date.iso) 是“\(intake.matter)”集中受理日，只预约这一事项", rules)
            }
            guard intake.slots.contains(draft.slot) else {
                return refuse("集中受理按 \(intake.slotMinutes) 分钟一段预约，\(draft.slot) 不是 \(intake.span) 中的一段", rules)
            }
            return full(taken, intake.perSlot, draft, rules)
        }
        let open = openSpans(on: draft.date, hours: hours, calendar: calendar)
        guard open.contains(where: { $0.start <= draft.slot.start && draft.slot.end <= $0.end }) else {
            let published = open.isEmpty ? "没有公布的服务时间" : "公布的服务时间是 " + open.map(\.description).joined(separator: "、")
            return refuse("\(draft.date.iso) \(draft.date.weekday.short)\(published)，\(draft.slot) 不在其中", rules)
        }
        return full(taken, perSlot, draft, rules)
    }

    /// A slot from its start on `date`: the intake day's length, or the ordinary half hour.
    public static func slot(starting time: ClockTime, intake: IntakeDay?) -> TimeSpan? {
        ClockTime(minutes: time.minutes + (intake?.slotMinutes ?? slotMinutes)).flatMap { TimeSpan(time, $0) }
    }

    /// Nil when a batch-intake day can be set up; a span shorter than one slot, or a day that
    /// already has one, is refused.
    public static func checkIntake(_ day: IntakeDay, existing: [IntakeDay], now: Date, rules: RuleSet) -> Verdict? {
        if day.span.start.instant(on: day.date) <= now { return refuse("\(day.date.iso) 已经过去，不能设集中受理", rules) }
        if !(5...120).contains(day.slotMinutes) || !(1...20).contains(day.perSlot) {
            return refuse("每段 5 到 120 分钟、每段 1 到 20 人，填的是 \(day.slotMinutes) 分钟 \(day.perSlot) 人", rules)
        }
        if day.slots.isEmpty { return refuse("\(day.span) 不够一段 \(day.slotMinutes) 分钟", rules) }
        if let other = existing.first(where: { $0.date == day.date }) {
            return refuse("\(day.date.iso) 已设集中受理：\(other.matter)", rules)
        }
        return nil
    }

    private static func full(_ taken: Int, _ places: Int, _ draft: AppointmentDraft, _ rules: RuleSet) -> Verdict? {
        guard taken >= places else { return nil }
        return Verdict(.dutyHours, in: rules, .refusal, "\(draft.date.iso) \(draft.slot) 已约满（已约 \(taken) 人，每段 \(places) 人）",
                       numbers: [.count("taken", taken), .count("places", places)])
    }

    private static func refuse(_ text: String, _ rules: RuleSet) -> Verdict { Verdict(.dutyHours, in: rules, .refusal, text) }
}
