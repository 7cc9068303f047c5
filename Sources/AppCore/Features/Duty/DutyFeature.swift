import Domain
import Foundation
import ScreenKit

/// The 错时值班 tab's reducer: pages, months, the sign key, filling from templates, swaps.
/// Role rules come from the domain (`SwapRules`), and storage checks them again.
enum DutyFeature: TabFeature {
    static let tab = Tab.duty
    static let state = \MainState.duty

    // MARK: - Entering and results

    /// Loads the month on show (the clock's month the first time): only what its page shows.
    static func enter(_ state: inout DutyState, _ context: TabContext) -> [Effect] {
        state.earlyQuestion = nil  // asked at another time: the sign key asks again
        return [load(state.month, page: state.page, user: context.user)]
    }

    static func render(_ state: DutyState, _ context: TabContext, into buffer: inout ScreenBuffer, rect: Rect) {
        DutyView.render(state, user: context.user, now: context.now, keys: context.keys(.duty), into: &buffer, rect: rect)
    }

    static func apply(_ action: Action, _ state: inout DutyState, _ context: TabContext) -> Step? {
        guard case .duty(let result) = action else { return nil }
        return apply(result, &state, now: context.now)
    }

    /// The month's overview for the pages that show no list of shifts, else the whole roster.
    static func load(_ month: Month?, page: DutyState.Page, user: Person) -> Effect {
        page.needsWholeMonth ? .duty(.load(month: month)) : .duty(.overview(month: month, worker: user.id))
    }

    /// A roster came back: show it, close the form a write came from, say what was done.
    static func apply(_ result: DutyResult, _ state: inout DutyState, now: Date) -> Step {
        switch result {
        case .loaded(let snapshot, let note):
            state.snapshot = snapshot
            if let waiting = state.waitingForm, snapshot.isComplete {
                state.waitingForm = nil
                state.editor = editor(for: waiting, snapshot, today: ShanghaiCalendar.day(of: now))
            }
            state.list.clamp(count: rowCount(state, userID: nil, now: now))
            guard let note else { return .none }
            state.editor = nil
            return Step(message: .init(note, .ok))
        case .asksEarly(let question):
            state.earlyQuestion = question
            return .none
        }
    }

    /// The early sign-out question is open: the sign key signs out (recorded as 早退), any other key keeps the shift running.
    private static func answerEarly(_ command: Command, _ state: inout DutyState, user: Person) -> Step {
        state.earlyQuestion = nil
        guard command == .dutySign else { return Step(message: .init(DutyText.earlyKept, .info)) }
        return .run(.duty(.sign(person: user.id, month: state.month, earlyConfirmed: true)))
    }

    // MARK: - Commands

    /// The context's `rooms` are the households matching the room typed into the booking form (`RoomLookup`).
    static func handle(_ command: Command, _ state: inout DutyState, _ context: TabContext) -> Step {
        let user = context.user, rooms = context.rooms.found
        if state.editor != nil { return DutyForms.handle(command, &state, user: user, now: context.now, rooms: rooms) }
        if state.earlyQuestion != nil { return answerEarly(command, &state, user: user) }
        guard let snapshot = state.snapshot else { return .none }
        let month = snapshot.roster.month
        switch command {
        case .dutySign: return .run(.duty(.sign(person: user.id, month: month)))
        case .dutyView:
            state.page = state.page.next
            state.list = ListState()
            if state.page.needsWholeMonth && !snapshot.isComplete { return .run(.duty(.load(month: month))) }
        case .dutyPreviousMonth, .dutyNextMonth: return turn(command == .dutyNextMonth ? 1 : -1, &state, snapshot, context)
        case _ where KeyAccess.dutyArranging.contains(command):
            if let refusal = SwapRules.fill(by: user, rules: snapshot.rules) { return .error(refusal.message) }
            if command == .dutyFill { return .run(.duty(.fill(month: month, by: user.id))) }
            if [.dutyTemplate, .dutyAddShift].contains(command) && !snapshot.isComplete {
                state.waitingForm = command
                return .run(.duty(.load(month: month)))
            }
            state.editor = editor(for: command, snapshot, today: context.today)
        case .dutyBook:
            state.editor = AppointmentForms.book(today: context.today, keys: context.formKeys)
        case .dutyReceive: return receive(state, snapshot, user: user)
        case .dutySwap: return openSwap(&state, snapshot, context)
        case .dutyAccept, .dutyRefuse: return answer(command == .dutyAccept, &state, snapshot, context)
        case .up, .down, .pageUp, .pageDown, .first, .last: move(command, &state, context)
        default: break
        }
        return .none
    }

    /// The approvers' form for `command`; the shift and template forms list the people.
    private static func editor(for command: Command, _ snapshot: DutySnapshot, today: LocalDate) -> DutyEditor? {
        switch command {
        case .dutyTemplate: return DutyForms.template(snapshot)
        case .dutyHours: return DutyForms.hours(snapshot.roster.hours)
        case .dutyAddShift: return DutyForms.shift(snapshot, today: today)
        case .dutyIntake: return AppointmentForms.intake(snapshot)
        default: return nil
        }
    }

    /// [ and ]: a week on the week page (loading the next month once the week has left this
    /// one), a month elsewhere.
    private static func turn(_ step: Int, _ state: inout DutyState, _ snapshot: DutySnapshot, _ context: TabContext) -> Step {
        let user = context.user, today = context.today, month = snapshot.roster.month
        guard state.page == .week else {
            state.weekStart = nil
            return .run(load(step > 0 ? month.next : month.previous, page: state.page, user: user))
        }
        let monday = DutyWeekView.start(state, snapshot, today: today).adding(days: 7 * step)
        state.weekStart = monday
        guard !(0..<7).contains(where: { monday.adding(days: $0).calendarMonth == month }) else { return .none }
        return .run(.duty(.load(month: (step > 0 ? monday : monday.adding(days: 6)).calendarMonth)))
    }

    private static func move(_ command: Command, _ state: inout DutyState, _ context: TabContext) {
        _ = state.list.navigate(command, count: rowCount(state, userID: context.user.id, now: context.now))
    }

    /// Rows of the list on the page shown (my shifts or the swaps).
    static func rowCount(_ state: DutyState, userID: Int64?, now: Date) -> Int {
        guard let s = state.snapshot else { return 0 }
        switch state.page {
        case .mine: return userID.map { s.tally(of: $0, now: now).lines.count } ?? s.roster.shifts.count
        case .swaps: return s.roster.swaps.count
        case .appointments: return s.bookings.today.count
        case .month, .week, .hours: return 0
        }
    }

    /// Enter on the appointments page: today's booking under the cursor becomes a reception
    /// record in one step; one already received is refused here (and again by storage).
    private static func receive(_ state: DutyState, _ snapshot: DutySnapshot, user: Person) -> Step {
        guard state.page == .appointments, let appointment = snapshot.bookings.today[safe: state.list.selected] else {
            return .error(AppointmentText.selectAppointment)
        }
        if let reception = appointment.receptionID { return .error(AppointmentText.alreadyReceived(reception)) }
        return .run(.duty(.receive(appointment: appointment.id, month: snapshot.roster.month, by: user.id)))
    }

    // MARK: - Swaps

    private static func openSwap(_ state: inout DutyState, _ snapshot: DutySnapshot, _ context: TabContext) -> Step {
        let user = context.user, lines = snapshot.tally(of: user.id, now: context.now).lines
        guard state.page == .mine, let shift = lines[safe: state.list.selected]?.shift else { return .error(DutyText.selectShift) }
        let others = snapshot.people.filter { $0.id != user.id && $0.isActive && shift.assignment(of: $0.id) == nil }
        guard !others.isEmpty else { return .error(DutyText.noColleague) }
        if let refusal = SwapRules.ask(shift, from: user.id, to: others[0], now: context.now, rules: snapshot.rules) {
            return .error(refusal.message)
        }
        state.editor = DutyForms.swap(shift, colleagues: others)
        return .none
    }

    /// Accepting or declining as the colleague asked, or approving or refusing as an approver.
    private static func answer(_ yes: Bool, _ state: inout DutyState, _ snapshot: DutySnapshot, _ context: TabContext) -> Step {
        let user = context.user
        guard state.page == .swaps, let swap = snapshot.roster.swaps[safe: state.list.selected] else { return .error(DutyText.selectSwap) }
        let month = snapshot.roster.month
        if swap.stage == .asked {
            if let refusal = SwapRules.answer(swap, by: user, rules: snapshot.rules) { return .error(refusal.message) }
            return .run(.duty(.answerSwap(id: swap.id, accept: yes, by: user.id, month: month)))
        }
        if let refusal = SwapRules.decide(swap, by: user, now: context.now, rules: snapshot.rules) { return .error(refusal.message) }
        return .run(.duty(.decideSwap(id: swap.id, approve: yes, by: user.id, month: month)))
    }
}
