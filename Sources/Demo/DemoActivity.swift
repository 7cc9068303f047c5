import Domain
import Storage

/// The month-by-month records of one committee: visits, the reception log, online replies and
/// the duty roster with its sign-ins. Pure: everything comes from `rng`.
struct DemoActivity {
    let settings: DemoSettings
    let staff: DemoStaff
    let households: [DemoBatch.Household]
    let policies: [DemoPolicy]
    let calendar: WorkingDayCalendar
    /// The committee's place in the run: the one shift table of a file allows one shift at given
    /// hours a day, so committee k's shifts start k % 31 minutes and end k / 31 minutes later.
    let stagger: Int
    var rng: SplitMix64

    /// Special households (visited every month by rule) and the rest, by zone.
    private var byZone: [String: (special: [Int], other: [Int])] {
        var zones = [String: (special: [Int], other: [Int])]()
        for (index, h) in households.enumerated() {
            if h.tags.contains(where: DemoText.specialTags.contains) { zones[h.zone, default: ([], [])].special.append(index) }
            else { zones[h.zone, default: ([], [])].other.append(index) }
        }
        return zones
    }

    // MARK: - Visits

    /// Each worker's households a month: some stay under the quota of 30, some go over, by design
    /// (the director and every third worker over, the next under, the rest near it).
    mutating func visits(_ ids: inout DemoIDs) -> [DemoBatch.Visit] {
        let zones = byZone
        var result = [DemoBatch.Visit]()
        for month in settings.monthRange {
            let days = workingDays(in: month)
            guard !days.isEmpty else { continue }
            let share = Double(days.count) / Double(max(workingDays(in: month, untilAsOf: false).count, 1))
            for (w, worker) in staff.workers.enumerated() {
                let base = [rng.int(33...40), rng.int(18...27), rng.int(29...32)][w % 3]
                let target = max(1, Int((Double(base) * share).rounded()))
                let zone = zones[worker.zone ?? ""] ?? ([], [])
                let mates = staff.workers.filter { $0.zone == worker.zone }
                let position = mates.firstIndex { $0.id == worker.id } ?? 0
                var chosen = zone.special.filter { $0 % mates.count == position }.prefix(target / 2).map { $0 }
                while chosen.count < target, !zone.other.isEmpty {
                    let pick = rng.pick(zone.other)
                    if !chosen.contains(pick) { chosen.append(pick) }
                }
                for index in chosen { result.append(visit(households[index], by: worker.id, on: rng.pick(days))) }
            }
        }
        result.sort { ($0.at, $0.worker) < ($1.at, $1.worker) }
        for i in result.indices { ids.visit += 1; result[i].id = ids.visit }
        return result
    }

    private mutating func visit(_ h: DemoBatch.Household, by worker: Int64, on day: LocalDate) -> DemoBatch.Visit {
        let special = h.tags.contains(where: DemoText.specialTags.contains)
        let kind: VisitKind = special ? .special : rng.chance(0.1) ? .line : .general
        let minute = rng.chance(0.5) ? rng.int(540...690) : rng.int(840...990)
        return DemoBatch.Visit(id: 0, at: DemoTime.instant(day, minute: minute), day: day, worker: worker, household: h.id,
                               resident: h.head, reason: special ? rng.pick(DemoText.specialReasons) : rng.pick(DemoText.visitReasons),
                               difficulty: rng.chance(0.08) ? rng.pick(DemoText.difficulties) : "", kind: kind)
    }

    // MARK: - Reception

    /// Six to eighteen residents a working day; most signed, a fifth waiting for a reply, which
    /// comes within the three working days except for the last few days before `asOf`.
    mutating func receptions(_ ids: inout DemoIDs) -> [DemoBatch.Reception] {
        var result = [DemoBatch.Reception]()
        for month in settings.monthRange {
            for day in workingDays(in: month) {
                var minutes = (0..<rng.int(6...18)).map { _ in rng.int(525...1005) }
                minutes.sort()
                for minute in minutes {
                    ids.reception += 1
                    result.append(reception(ids.reception, on: day, minute: minute))
                }
            }
        }
        return result
    }

    private mutating func reception(_ id: Int64, on day: LocalDate, minute: Int) -> DemoBatch.Reception {
        let h = rng.pick(households)
        let worker = rng.pick(staff.workers).id
        let at = DemoTime.instant(day, minute: minute)
        let policy = policies.isEmpty || rng.chance(0.25) ? nil : rng.pick(policies)
        let (category, question) = policy.map { ($0.category, rng.pick(DemoText.policyQuestions).replacingOccurrences(of: "%", with: $0.title)) }
            ?? rng.pick(DemoText.otherMatters)
        let roll = rng.int(0...99)
        let outcome: ReceptionOutcome = roll < 55 ? .done : roll < 75 ? .referred : roll < 80 ? .appointment : .awaitingReply
        let department = outcome == .referred ? (policy?.department ?? "街道城运中心") : ""
        let due = outcome == .awaitingReply ? addWorkingDays(3, to: day) : nil
        var reply: DemoBatch.Reply?
        if let due, due < settings.asOf.adding(days: -2) || (due < settings.asOf && rng.chance(0.5)), rng.chance(0.97) {
            let on = min(day.adding(days: rng.int(1...4)), settings.asOf)
            reply = DemoBatch.Reply(at: DemoTime.instant(on, minute: rng.int(540...960)), by: worker,
                                    text: rng.pick(DemoText.replies), satisfaction: rng.chance(0.8) ? .satisfied : rng.chance(0.75) ? .fairlySatisfied : .unsatisfied)
        }
        return DemoBatch.Reception(
            id: id, at: at, day: day, worker: worker, resident: h.head, room: h.room, phone: rng.chance(0.7) ? h.phone : "",
            category: category, policyID: policy?.id, policyTitle: policy?.title ?? "", question: question,
            actionTaken: DemoText.action(outcome, department: department), outcome: outcome, department: department,
            replyDue: due, signedAt: rng.chance(0.8) ? at + Int64(rng.int(5...20) * 60) : nil, reply: reply)
    }

    // MARK: - Online replies

    /// About one question a day on the platform; answered within a day, except the newest.
    mutating func onlineReplies(_ ids: inout DemoIDs) -> [DemoBatch.OnlineReply] {
        var result = [DemoBatch.OnlineReply]()
        for month in settings.monthRange {
            for day in month.days where day <= settings.asOf {
                for _ in 0..<rng.int(0...2) {
                    ids.onlineReply += 1
                    let received = DemoTime.instant(day, minute: rng.int(420...1320))
                    let (question, answer) = rng.pick(DemoText.onlineQuestions)
                    let answered = day < settings.asOf.adding(days: -1) && rng.chance(0.95)
                    let answerer = rng.pick(staff.workers).id
                    result.append(DemoBatch.OnlineReply(
                        id: ids.onlineReply, receivedAt: received, day: day, channel: rng.pick(DemoText.channels),
                        question: question, answer: answered ? answer : "", answerer: answered ? answerer : nil,
                        answeredAt: answered ? received + Int64(rng.int(1...20) * 3600) : nil,
                        satisfied: answered ? (rng.chance(0.85) ? true : rng.chance(0.3) ? false : nil) : nil,
                        enteredBy: staff.bookkeeper.id))
                }
            }
        }
        return result
    }

    // MARK: - Duty

    /// An evening shift every working day (one worker) and a morning on weekends and holidays
    /// (two), the whole of each month; shifts before `asOf` are signed: most on time, a few late
    /// (after the 15 minutes' grace), a few missed.
    mutating func shifts(_ ids: inout DemoIDs) -> [DemoBatch.Shift] {
        var result = [DemoBatch.Shift]()
        var turn = rng.int(0...(staff.workers.count - 1))
        for month in settings.monthRange {
            for day in month.days {
                let kind = ShiftKind.of(day, calendar: calendar)
                let (start, end, count) = kind == .weekdayEvening ? (1050, 1200, 1) : (540, 690, 2)
                let (from, to) = (start + stagger % 31, end + stagger / 31)
                ids.shift += 1
                var workers = [DemoBatch.OnDuty]()
                for _ in 0..<count {
                    ids.assignment += 1
                    turn = (turn + 1) % staff.workers.count
                    workers.append(onDuty(ids.assignment, staff.workers[turn].id, day: day, start: from, end: to))
                }
                result.append(DemoBatch.Shift(id: ids.shift, date: day, startMinute: from, endMinute: to, kind: kind, workers: workers))
            }
        }
        return result
    }

    private mutating func onDuty(_ id: Int64, _ person: Int64, day: LocalDate, start: Int, end: Int) -> DemoBatch.OnDuty {
        guard day < settings.asOf else { return DemoBatch.OnDuty(id: id, person: person, signIn: nil, signOut: nil) }
        let roll = rng.int(0...99)
        if roll >= 95 { return DemoBatch.OnDuty(id: id, person: person, signIn: nil, signOut: nil) }
        let arrive = roll >= 90 ? start + rng.int(16...40) : start - rng.int(0...10)
        return DemoBatch.OnDuty(id: id, person: person, signIn: DemoTime.instant(day, minute: arrive),
                                signOut: DemoTime.instant(day, minute: end + rng.int(0...10)))
    }

    // MARK: - Days

    /// The working days of `month`, up to `asOf` unless told otherwise.
    func workingDays(in month: Month, untilAsOf: Bool = true) -> [LocalDate] {
        month.days.filter { calendar.isWorkingDay($0) && (!untilAsOf || $0 <= settings.asOf) }
    }

    func addWorkingDays(_ n: Int, to day: LocalDate) -> LocalDate {
        var date = day, left = n
        while left > 0 {
            date = date.adding(days: 1)
            if calendar.isWorkingDay(date) { left -= 1 }
        }
        return date
    }
}
