import Domain
import ScreenKit

/// How a draft's form is opened again after a restart: only an empty form needs a line per kind
/// (`reopen`); a form about a record is filled from its draft when the person opens it on that
/// record again.
extension FormSlot {
    // MARK: - Opening an empty form again

    /// Opens an empty form of `key`'s kind as its key would; nil when the kind needs a record, or
    /// the tab's data has not come yet (the watch tries again after the next result).
    static func reopen(_ key: String, _ state: inout MainState, _ context: TabContext) -> Step? {
        openers[key]?(&state, context)
    }

    /// True when a form of `key`'s kind can be opened again with nothing chosen first.
    static func canReopen(_ key: String) -> Bool { openers[key] != nil }

    /// How each form that needs no record is opened, one line a kind, by the key its mode declares.
    private static let openers: [String: @Sendable (inout MainState, TabContext) -> Step?] = [
        ReceptionEditor.Mode.new.draftKey: { s, c in
            s.reception.editor = .new(now: c.now, rules: c.ruleBook, calendar: c.calendar, keys: c.formKeys)
            s.reception.screen = .form
            return Step.none
        },
        ReceptionEditor.Mode.online.draftKey: { s, c in
            s.reception.editor = .online(now: c.now)
            s.reception.screen = .form
            return Step.none
        },
        VisitEditor.Mode.visit.draftKey: { s, c in s.visits.editor = .visit(now: c.now, keys: c.formKeys); return Step.none },
        FundsEditor.Mode.request.draftKey: { s, c in funds(.add, &s, c) },
        FundsEditor.Mode.batch.draftKey: { s, c in funds(.batch, &s, c) },
        FundsEditor.Mode.planLine(revising: nil).draftKey: { s, c in plan(.add, &s, c) },
        FundsEditor.Mode.planReport.draftKey: { s, c in plan(.planReport, &s, c) },
        FundsEditor.Mode.budget.draftKey: { s, c in plan(.budget, &s, c) },
        DutyEditor.Mode.template.draftKey: { s, c in duty(.dutyTemplate, &s, c) },
        DutyEditor.Mode.hours.draftKey: { s, c in duty(.dutyHours, &s, c) },
        DutyEditor.Mode.shift.draftKey: { s, c in duty(.dutyAddShift, &s, c) },
        DutyEditor.Mode.book.draftKey: { s, c in duty(.dutyBook, &s, c) },
        DutyEditor.Mode.intake.draftKey: { s, c in duty(.dutyIntake, &s, c) },
        MeetingsEditor.Mode.record.draftKey: { s, c in
            let step = MeetingsFeature.open(&s, c)
            s.meetings?.editor = MeetingsEditor(form: MeetingsFeature.form(today: c.today))
            return step
        },
        PatrolsEditor.Mode.record.draftKey: { s, c in
            let step = PatrolsFeature.open(&s, c)
            s.patrols?.editor = PatrolsEditor(mode: .record, form: PatrolsForms.record(user: s.user, today: c.today))
            return step
        },
        PeopleEditor.Mode.add.draftKey: { s, c in
            s.people = s.people ?? PeopleState()
            s.people?.editor = PeopleEditor(.add)
            return .run(.loadPeople)
        },
    ]

    private static func funds(_ command: Command, _ s: inout MainState, _ context: TabContext) -> Step? {
        guard s.funds.rules != nil else { return nil }
        return FundsFeature.handle(command, &s.funds, context)
    }

    private static func plan(_ command: Command, _ s: inout MainState, _ context: TabContext) -> Step? {
        return FundsPlanFeature.open(command, &s.funds, context)
    }

    private static func duty(_ command: Command, _ s: inout MainState, _ context: TabContext) -> Step? {
        guard s.duty.snapshot != nil else { return nil }
        return DutyFeature.handle(command, &s.duty, context)
    }
}
