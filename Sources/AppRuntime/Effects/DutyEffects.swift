import AppCore
import DataFile
import Domain
import Foundation
import Storage

/// The duty tab's effects against a `DutyStore`: each write is followed by the month's roster,
/// so the tab always shows what storage holds. The clock is the runner's, never typed.
struct DutyEffects {
    let store: any DutyStore
    let now: Date

    func run(_ effect: DutyEffect) throws -> Action {
        let rules = try RuleBook.bundled().rules(on: ShanghaiCalendar.day(of: now))
        switch effect {
        case .load(let month):
            return try loaded(month ?? ShanghaiCalendar.month(of: now), note: nil)
        case .overview(let month, let worker):
            return try overview(month ?? ShanghaiCalendar.month(of: now), worker: worker)
        case .sign(let person, let month, let earlyConfirmed):
            do {
                let (kind, shift) = try store.signDuty(person: person, now: now, rules: rules, earlyConfirmed: earlyConfirmed)
                return try loaded(month ?? shift.date.calendarMonth, note: DutyText.signed(kind, shift, person, now, rules))
            } catch let question as EarlySignOutQuestion {
                return .duty(.asksEarly(question.message))
            }
        case .fill(let month, let actor):
            let monthRules = try RuleBook.bundled().rules(on: month.lastDay)
            let calendar = try ProgramCalendar.current()
            let result = try store.fillDutyMonth(month, calendar: calendar, rules: monthRules, by: actor, at: now)
            return try loaded(month, note: DutyText.filled(month, result.added, result.skipped.count, calendar: calendar))
        case .addTemplate(let template, let month, let actor):
            try store.addTemplate(template, rules: rules, by: actor, at: now)
            return try loaded(month, note: "已添加排班模板：\(template.title)")
        case .publishHours(let hours, let month, let actor):
            try store.publishServiceHours(hours, rules: rules, by: actor, at: now)
            return try loaded(month, note: "已公布服务时间")
        case .askSwap(let shift, let from, let to, let month):
            let swap = try store.askSwap(shift: shift, from: from, to: to, rules: rules, at: now)
            return try loaded(month, note: "已向 \(swap.toName) 提出换班：\(swap.stage.title)")
        case .answerSwap(let id, let accept, let actor, let month):
            let swap = try store.answerSwap(id, accept: accept, by: actor, rules: rules, at: now)
            return try loaded(month, note: "换班申请：\(swap.stage.title)")
        case .decideSwap(let id, let approve, let actor, let month):
            let swap = try store.decideSwap(id, approve: approve, by: actor, rules: rules, at: now)
            return try loaded(month, note: "换班申请：\(swap.stage.title)")
        case .addShift(let date, let span, let kind, let workers, let month, let actor):
            let calendar = try ProgramCalendar.current()
            let draft = ShiftDraft(date: date, span: span, kind: kind ?? ShiftKind.of(date, calendar: calendar), workers: workers)
            let shift = try store.addShift(draft, rules: rules, by: actor, at: now)
            return try loaded(month, note: "已添加班次：\(shift.title)")
        case .book(let draft, let policy, let month, let actor):
            let booked = try book(draft, policy: policy, by: actor, rules: rules)
            return try loaded(month, note: "已预约：\(booked.when) \(booked.draft.residentName) \(booked.draft.matter)"
                + (booked.draft.policyTitle.map { "（\($0)）" } ?? ""))
        case .addIntake(let day, let month, let actor):
            let saved = try store.addIntakeDay(day, rules: rules, by: actor, at: now)
            return try loaded(month, note: "已设集中受理日：\(saved.title)")
        case .receive(let id, let month, let actor):
            let (appointment, record) = try store.receiveAppointment(id, by: actor, at: now)
            return try loaded(month, note: "已接待：\(appointment.draft.residentName) \(appointment.draft.matter)，"
                + "已记入首问接待记录 #\(record.id)")
        }
    }

    /// Books `draft` with the first policy item the library finds for `policy`, if one was typed.
    private func book(_ draft: AppointmentDraft, policy: String, by actor: Int64, rules: RuleSet) throws -> Appointment {
        var draft = draft
        if !policy.isEmpty {
            guard let item = try store.searchPolicies(policy, limit: 1).first else {
                throw StorageError(.notFound, "政策库中没有找到“\(policy)”：可空着，或换个关键词")
            }
            draft.policyID = item.id
            draft.policyTitle = item.title
        }
        return try store.bookAppointment(draft, calendar: try ProgramCalendar.current(), rules: rules, by: actor, at: now)
    }

    /// The roster of `month` with the people, the rules in force for it, the calendar and the clock.
    private func loaded(_ month: Month, note: String?) throws -> Action {
        let snapshot = DutySnapshot(roster: try store.dutyRoster(month), people: try store.people(includeInactive: false),
                                    rules: try RuleBook.bundled().rules(on: month.lastDay), calendar: try ProgramCalendar.current(),
                                    bookings: try bookings(month))
        return .duty(.loaded(snapshot, note: note))
    }

    /// What the month page shows of `month` for `worker`, with the same rules and bookings; the
    /// people come with the whole month (the forms and pages that name them ask for it).
    private func overview(_ month: Month, worker: Int64) throws -> Action {
        let (roster, overview) = try store.dutyOverview(month, worker: worker)
        let snapshot = DutySnapshot(roster: roster, people: [],
                                    rules: try RuleBook.bundled().rules(on: month.lastDay), calendar: try ProgramCalendar.current(),
                                    bookings: try bookings(month), overview: overview)
        return .duty(.loaded(snapshot, note: nil))
    }

    /// The month's bookings and intake days and today's bookings.
    private func bookings(_ month: Month) throws -> DutyBookings {
        let today = ShanghaiCalendar.day(of: now)
        let (appointments, intakeDays) = try store.appointments(from: month.firstDay, through: month.lastDay)
        return DutyBookings(month: appointments, intakeDays: intakeDays, today: try store.appointments(from: today, through: today).0)
    }
}
