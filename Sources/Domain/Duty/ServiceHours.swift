/// The committee's published service hours (实施意见 二(二): residents find someone "平时、晚间、
/// 双休日和节假日"): office hours on working days, and the off-hours periods the duty roster covers.
public struct ServiceHours: Sendable, Equatable, Codable {
    /// Office hours on working days (staffed by everyone, not by the duty roster).
    public var office: TimeSpan?
    /// Evening hours, on the working days among `eveningDays`.
    public var evening: TimeSpan?
    public var eveningDays: Set<Weekday>
    /// Weekend hours, on the non-working days among `weekendDays`.
    public var weekend: TimeSpan?
    public var weekendDays: Set<Weekday>
    /// Hours on public holidays (休).
    public var holiday: TimeSpan?

    public init(office: TimeSpan? = nil, evening: TimeSpan? = nil, eveningDays: Set<Weekday> = [],
                weekend: TimeSpan? = nil, weekendDays: Set<Weekday> = [], holiday: TimeSpan? = nil) {
        self.office = office
        self.evening = evening
        self.eveningDays = eveningDays
        self.weekend = weekend
        self.weekendDays = weekendDays
        self.holiday = holiday
    }

    /// Whether nothing has been published yet.
    public var isEmpty: Bool { office == nil && evening == nil && weekend == nil && holiday == nil }

    /// The off-hours period of `day` that someone must be on duty for, with its kind; nil when none.
    /// A make-up working day (班) on a weekend is a working day: its office hours apply, no duty.
    public func dutyPeriod(on day: LocalDate, calendar: WorkingDayCalendar) -> (kind: ShiftKind, span: TimeSpan)? {
        switch calendar.kind(of: day) {
        case .holiday: return holiday.map { (.holiday, $0) }
        case .weekend: return weekendDays.contains(day.weekday) ? weekend.map { (.weekend, $0) } : nil
        case .working, .makeUpWorkday: return eveningDays.contains(day.weekday) ? evening.map { (.weekdayEvening, $0) } : nil
        }
    }

    /// The lines of the published notice, as the screen and the printed sheet show them.
    public var lines: [String] {
        var out: [String] = []
        if let office { out.append("平时（工作日）\(office)") }
        if let evening, !eveningDays.isEmpty { out.append("晚间（\(Self.days(eveningDays))）\(evening)") }
        if let weekend, !weekendDays.isEmpty { out.append("双休日（\(Self.days(weekendDays))）\(weekend)") }
        if let holiday { out.append("节假日 \(holiday)") }
        return out
    }

    /// "周二、周四".
    static func days(_ days: Set<Weekday>) -> String {
        days.sorted { $0.rawValue < $1.rawValue }.map(\.short).joined(separator: "、")
    }
}

/// Coverage of the published hours (实施意见 二(二); 附件二 四(四)): each day whose off-hours
/// period is not wholly covered by a shift with someone on it is flagged with the uncovered times.
public enum Coverage {
    /// One verdict for each day of `month` with a gap, in date order.
    public static func gaps(in month: Month, shifts: [Shift], hours: ServiceHours, calendar: WorkingDayCalendar,
                            rules: RuleSet) -> [Verdict] {
        let staffed = Dictionary(grouping: shifts.filter { !$0.assignments.isEmpty }, by: \.date).mapValues { $0.map(\.span) }
        return gaps(in: month, staffed: staffed, hours: hours, calendar: calendar, rules: rules)
    }

    /// The same, from the spans of each day's shifts with someone on them.
    public static func gaps(in month: Month, staffed: [LocalDate: [TimeSpan]], hours: ServiceHours, calendar: WorkingDayCalendar,
                            rules: RuleSet) -> [Verdict] {
        month.days.compactMap { day in
            guard let period = hours.dutyPeriod(on: day, calendar: calendar) else { return nil }
            let open = uncovered(period.span, by: staffed[day] ?? [])
            guard !open.isEmpty else { return nil }
            return Verdict(.dutyHours, in: rules, .warning, DutyText.gap(day, period.kind, period.span, open),
                           numbers: [.count("uncoveredMinutes", open.reduce(0) { $0 + $1.end.minutes - $1.start.minutes })])
        }
    }

    /// The parts of `span` that none of `spans` covers.
    static func uncovered(_ span: TimeSpan, by spans: [TimeSpan]) -> [TimeSpan] {
        var out: [TimeSpan] = []
        var cursor = span.start
        for s in spans.sorted(by: { $0.start < $1.start }) where s.end > cursor && s.start < span.end {
            if s.start > cursor, let gap = TimeSpan(cursor, min(s.start, span.end)) { out.append(gap) }
            cursor = max(cursor, s.end)
            if cursor >= span.end { break }
        }
        if cursor < span.end, let tail = TimeSpan(cursor, span.end) { out.append(tail) }
        return out
    }
}
