import Domain
import ScreenKit

/// How a draft's form is opened again after a restart: only an empty form needs a line per kind
/// (`reopen`); a form about a record is filled from its draft when the person opens it on that
/// record again.
extension FormSlot {
    // MARK: - Opening an empty form again

    /// Opens an empty form of `key`'s kind as its key would; nil when the kind needs a record, or
    /// the tab's data has not come yet (the watch tries again after the next result).
    static func reopen(_ key: String, _ state: inout MainState) -> Step? {
        openers[key]?(&state)
    }

    /// True when a form of `key`'s kind can be opened again with nothing chosen first.
    static func canReopen(_ key: String) -> Bool { openers[key] != nil }

    /// How each form that needs no record is opened, one line a kind, by the key its mode declares.
    private static let openers: [String: @Sendable (inout MainState) -> Step?] = [
        ReceptionEditor.Mode.new.draftKey: { s in
            s.reception.editor = .new(now: s.now)
            s.reception.screen = .form
            return Step.none
        },
        ReceptionEditor.Mode.online.draftKey: { s in
            s.reception.editor = .online(now: s.now)
            s.reception.screen = .form
            return Step.none
        },
        VisitEditor.Mode.visit.draftKey: { s in s.visits.editor = .visit(now: s.now); return Step.none },
        FundsEditor.Mode.request.draftKey: { s in funds(.add, &s) },
        FundsEditor.Mode.batch.draftKey: { s in funds(.batch, &s) },
        FundsEditor.Mode.planLine(revising: nil).draftKey: { s in plan(.add, &s) },
        FundsEditor.Mode.planReport.draftKey: { s in plan(.planReport, &s) },
        FundsEditor.Mode.budget.draftKey: { s in plan(.budget, &s) },
        DutyEditor.Mode.template.draftKey: { s in duty(.dutyTemplate, &s) },
        DutyEditor.Mode.hours.draftKey: { s in duty(.dutyHours, &s) },
        DutyEditor.Mode.shift.draftKey: { s in duty(.dutyAddShift, &s) },
        DutyEditor.Mode.book.draftKey: { s in duty(.dutyBook, &s) },
        DutyEditor.Mode.intake.draftKey: { s in duty(.dutyIntake, &s) },
        PeopleEditor.Mode.add.draftKey: { s in
            s.people = s.people ?? PeopleState()
            s.people?.editor = PeopleEditor(.add)
            return .run(.loadPeople)
        },
    ]

    private static func funds(_ command: Command, _ s: inout MainState) -> Step? {
        guard s.funds.today != nil else { return nil }
        return FundsFeature.handle(command, &s.funds, user: s.user)
    }

    private static func plan(_ command: Command, _ s: inout MainState) -> Step? {
        guard s.funds.book != nil, s.funds.today != nil else { return nil }
        return FundsPlanFeature.open(command, &s.funds, user: s.user)
    }

    private static func duty(_ command: Command, _ s: inout MainState) -> Step? {
        guard s.duty.snapshot != nil else { return nil }
        return DutyFeature.handle(command, &s.duty, user: s.user, rooms: s.rooms.found)
    }
}
