import Domain
import Foundation
import ScreenKit

/// The visit tab's reducer: keys of its screens and its form, and the results of its effects.
enum VisitsFeature: TabFeature {
    static let tab = Tab.visits
    static let state = \MainState.visits

    // MARK: - Entering

    static func enter(_ state: inout VisitsState, _ context: TabContext) -> [Effect] {
        [.visits(.load(user: context.user, allZones: state.allZones, month: state.viewedMonth))]
    }

    static func render(_ state: VisitsState, _ context: TabContext, into buffer: inout ScreenBuffer, rect: Rect) {
        VisitsView.render(state, context, into: &buffer, rect: rect)
    }

    // MARK: - Commands

    static func handle(_ command: Command, _ s: inout VisitsState, _ context: TabContext) -> Step {
        if s.editor != nil { return handleEditor(command, &s, context) }
        if s.sheet != nil { return handleSheet(command, &s, user: context.user, keys: context.formKeys) }
        if s.list.navigate(command, count: s.rowCount) { return .none }
        switch command {
        case .add: s.editor = .visit(now: context.now, for: s.chosenHousehold, keys: context.formKeys)
        case .overdue:
            show(.due, &s)
            return readLists(s, user: context.user)
        case .team:
            if let refusal = KeyAccess.refusal(command, in: .visits, for: context.user) { return .error(refusal) }
            show(.team, &s)
            return readLists(s, user: context.user)
        case .cancel: show(.month, &s)
        case .toggleZones:
            s.allZones.toggle()
            return .run(.visits(.load(user: context.user, allZones: s.allZones, month: s.viewedMonth, lists: s.needsLists)))
        case .previousMonth, .nextMonth: return moveMonth(command == .nextMonth ? 1 : -1, &s, user: context.user)
        case .openHousehold: return openHousehold(s, user: context.user)
        case .assignZone: return openZoneForm(&s, user: context.user)
        case .visitSheet:
            guard let record = s.selectedVisit else { return .error(VisitsText.noVisitSelected) }
            return .run(.visits(.sheet(visitID: record.id)), .noteViewed(ViewedRecord(.visit, record.id), by: context.user.id))
        case .correctVisit:
            guard let record = s.selectedVisit else { return .error(VisitsText.noVisitSelected) }
            s.editor = .correction(of: record, keys: context.formKeys)
        case .followUpVisit:
            guard let record = s.selectedVisit else { return .error(VisitsText.noVisitSelected) }
            return .run(.visits(.followUp(visitID: record.id, user: context.user)))
        case .editHousehold:
            guard case .household(let h, _) = s.screen else { return .error(VisitsText.openHouseholdFirst(context.keys(.visits))) }
            s.editor = HouseholdForm.editor(h, rules: context.rules)
            return .run(.noteViewed(ViewedRecord(.household, h.id), by: context.user.id))
        default: break
        }
        return .none
    }

    private static func show(_ screen: VisitsState.Screen, _ s: inout VisitsState) {
        s.screen = screen
        s.list = ListState()
    }

    /// The household of the selected row, whose history is then read (and the look written to the audit log).
    private static func openHousehold(_ s: VisitsState, user: Person) -> Step {
        let id: Int64?
        switch s.screen {
        case .month: id = s.board?.visits[safe: s.list.selected]?.householdID
        case .due: id = s.chosenHousehold?.id
        case .team, .household: id = nil
        }
        return id.map { .run(.visits(.history(householdID: $0)), .noteViewed(ViewedRecord(.household, $0), by: user.id)) } ?? .none
    }

    /// Shows the month before or after the one in view (never after this month), and reads its board.
    private static func moveMonth(_ step: Int, _ s: inout VisitsState, user: Person) -> Step {
        guard let board = s.board else { return .none }
        let current = board.today.calendarMonth
        let shown = s.viewedMonth ?? current
        let target = step < 0 ? shown.previous : shown.next
        if current < target { return .error(VisitsText.noLaterMonth) }
        s.viewedMonth = target == current ? nil : target
        show(.month, &s)
        return .run(.visits(.load(user: user, allZones: s.allZones, month: s.viewedMonth)))
    }

    /// The board again with its lists, unless it has them: they are read only for the screens that show them.
    private static func readLists(_ s: VisitsState, user: Person) -> Step {
        guard s.board?.hasLists != true else { return .none }
        return .run(.visits(.load(user: user, allZones: s.allZones, month: s.viewedMonth, lists: true)))
    }

    /// After a write, which reads this month's board, the earlier month in view is read again.
    private static func reread(_ s: VisitsState, user: Person) -> [Effect] {
        s.viewedMonth.map { [.visits(.load(user: user, allZones: s.allZones, month: $0))] } ?? []
    }

    /// Keys while a visit's paper form is open: scroll it, correct it, or close it.
    private static func handleSheet(_ command: Command, _ s: inout VisitsState, user: Person, keys: KeyNamer) -> Step {
        guard var sheet = s.sheet else { return .none }
        switch command {
        case .up, .down, .pageUp, .pageDown, .first, .last:
            sheet.scroll = Scroll.moved(sheet.scroll, by: command, end: sheet.lines.count - 1) ?? sheet.scroll
        case .cancel, .visitSheet:
            s.sheet = nil
            return .none
        case .followUpVisit: return .run(.visits(.followUp(visitID: sheet.record.id, user: user)))
        case .correctVisit:
            if let later = sheet.record.correctedBy { return .error(VisitsText.alreadyCorrected(later)) }
            s.sheet = nil
            s.editor = .correction(of: sheet.record, keys: keys)
            return .none
        default: break
        }
        s.sheet = sheet
        return .none
    }

    private static func openZoneForm(_ s: inout VisitsState, user: Person) -> Step {
        guard case .team = s.screen, let row = s.board?.team[safe: s.list.selected] else { return .none }
        if let refusal = KeyAccess.refusal(.assignZone, in: .visits, for: user) { return .error(refusal) }
        s.editor = .zone(row.worker)
        return .none
    }

    // MARK: - The form

    private static func handleEditor(_ command: Command, _ s: inout VisitsState, _ context: TabContext) -> Step {
        guard var editor = s.editor else { return .none }
        var step = Step.none
        switch command {
        case .cancel:
            s.editor = nil
            return .none
        case .nextField, .previousField:
            if editor.form.focused.id == "room" { editor.completeRoom(from: context.rooms.found, rules: context.rules) }
            if command == .nextField { editor.form.nextField() } else { editor.form.previousField() }
        case .submit: step = submit(&editor, s, context)
        default: break
        }
        s.editor = editor
        return step
    }

    private static func submit(_ editor: inout VisitEditor, _ s: VisitsState, _ context: TabContext) -> Step {
        let allZones = s.allZones
        switch editor.mode {
        case .household(let h):
            guard let edited = HouseholdForm.household(from: &editor.form, editing: h, rules: context.rules) else { return .none }
            return .run(.visits(.updateHousehold(edited, user: context.user, allZones: allZones)))
        case .zone(let person):
            let zone = editor.form["zone"].text.trimmingCharacters(in: .whitespaces)
            return .run(.visits(.assignZone(personID: person.id, zone: zone.isEmpty ? nil : zone, user: context.user, allZones: allZones)))
        case .visit, .correct:
            let households = context.rooms.found
            if editor.form.focused.id == "room" { editor.completeRoom(from: households, rules: context.rules) }
            guard let draft = editor.draft(now: context.now) else { return .none }
            var reason = ""
            if case .correct = editor.mode {
                guard let typed = editor.correctionReason() else { return .none }
                reason = typed
            }
            guard editor.roomKnownOrConfirmed(draft.room, households: households, keys: context.formKeys) else { return .none }
            let isNew = !households.contains { $0.room == draft.room }
            guard case .correct(let record) = editor.mode else {
                return .run(.visits(.save(draft, user: context.user, addHousehold: isNew, allZones: allZones)))
            }
            return .run(.visits(.correct(visitID: record.id, draft, reason: reason, user: context.user, addHousehold: isNew,
                                         allZones: allZones)))
        }
    }

    // MARK: - Results

    static func apply(_ action: Action, _ state: inout VisitsState, _ context: TabContext) -> Step? {
        guard case .visits(let result) = action else { return nil }
        return apply(result, &state, context)
    }

    static func apply(_ result: VisitsResult, _ s: inout VisitsState, _ context: TabContext) -> Step {
        switch result {
        case .loaded(let board): s.board = board
        case .saved(let record, let board):
            s.board = board
            s.editor = nil
            show(.month, &s)
            return Step(effects: reread(s, user: context.user),
                        message: .init(VisitsText.saved(record, board.forecast, quota: board.quota), .ok))
        case .corrected(let record, let board):
            s.board = board
            s.editor = nil
            show(.month, &s)
            return Step(effects: reread(s, user: context.user), message: .init(VisitsText.corrected(record, context.keys(.visits)), .ok))
        case .sheet(let versions, let shown):
            guard let record = versions.first(where: { $0.id == shown }) else { return .none }
            s.sheet = .init(record: record, history: versions)
        case .history(let household, let visits, let receptions):
            s.householdReceptions = receptions
            show(.household(household, visits), &s)
        case .followedUp(let record):
            let message = AppState.Message(VisitsText.followedUp(record, rules: context.rules, calendar: context.calendar), .ok)
            guard case .household(let h, _) = s.screen else { return Step(message: message) }
            return Step(effects: [.visits(.history(householdID: h.id))], message: message)
        case .householdUpdated(let household, let visits, let changes, let board):
            s.board = board
            s.editor = nil
            show(.household(household, visits), &s)
            return Step(effects: reread(s, user: context.user), message: .init(VisitsText.householdUpdated(household, changes), .ok))
        case .zoneAssigned(let person, let board):
            s.board = board
            s.editor = nil
            let me = context.user.id == person.id ? person : nil  // the person's own zone: the main screen keeps it
            return Step(effects: reread(s, user: me ?? context.user), message: .init(VisitsText.zoneAssigned(person), .ok), user: me)
        }
        s.list.clamp(count: s.rowCount)
        return .none
    }
}
