import Domain
import Foundation
import ScreenKit

/// The 积分卡 tab's reducer: a worker's own card; for the secretary any worker and month, the
/// records behind an item, lines entered with their evidence, signing and amendments. Storage
/// checks the secretary's role again.
enum PointsFeature: TabFeature {
    static let tab = Tab.points
    static let state = \MainState.points

    // MARK: - Entering and results

    /// Loads the card on show: the one shown, or the person's own for the clock's month. Every
    /// worker's month (the overview) is read only when the overview page is shown: entering the
    /// tab stays quick in a street's file of hundreds of workers.
    static func enter(_ state: inout PointsState, _ context: TabContext) -> [Effect] {
        let user = context.user
        return [.points(.load(worker: state.snapshot?.worker.id ?? user.id, month: state.month,
                              overview: Permission.overseeTeam.allows(user) && state.page == .overview,
                              reminders: Permission.overseeTeam.allows(user)))]
    }

    static func render(_ state: PointsState, _ context: TabContext, into buffer: inout ScreenBuffer, rect: Rect) {
        PointsView.render(state, user: context.user, now: context.now, keys: context.keys(.points), into: &buffer, rect: rect)
    }

    static func apply(_ action: Action, _ state: inout PointsState, _ context: TabContext) -> Step? {
        guard case .points(let result) = action else { return nil }
        return apply(result, &state, now: context.now)
    }

    /// A card came back: show it, close the form a write came from, say what was done.
    static func apply(_ result: PointsResult, _ state: inout PointsState, now: Date) -> Step {
        switch result {
        case .loaded(let snapshot, let note):
            state.snapshot = snapshot
            state.list.clamp(count: rowCount(state, now: now))
            guard let note else { return .none }
            state.editor = nil
            return Step(message: .init(note, .ok))
        case .recomputeRefused(let snapshot, let why):
            state.snapshot = snapshot
            state.list.clamp(count: rowCount(state, now: now))
            return .error(why)
        case .ranking(let ranking):
            state.ranking = ranking
            state.list.clamp(count: rowCount(state, now: now))
            return .none
        }
    }

    // MARK: - Commands

    static func handle(_ command: Command, _ state: inout PointsState, _ context: TabContext) -> Step {
        let user = context.user
        if let signing = state.signing { return answer(command, signing, &state, user: user) }
        if state.editor != nil { return PointsForms.handle(command, &state, user: user, keys: context.keys(.points)) }
        guard let s = state.snapshot else { return .none }
        let overseer = Permission.overseeTeam.allows(user)
        switch command {
        case .open: return open(&state, s, now: context.now)
        case .cancel:
            if case .record(let item, let index) = state.page { show(.records(item), &state, select: index) } else if state.page != .card {
                show(.card, &state, select: s.rows.firstIndex { $0.item == recordsItem(state) } ?? 0)
            }
        case .pointsRanking:
            if state.page == .ranking { show(.card, &state, select: 0); return .none }
            show(.ranking, &state, select: 0)
            state.ranking = nil
            return .run(.points(.ranking(year: s.month.year)))
        case .previousMonth: return load(s.worker.id, s.month.previous, overseer && keepsOverview(state), overseer)
        case .nextMonth:
            if s.month < ShanghaiCalendar.month(of: context.now) { return load(s.worker.id, s.month.next, overseer && keepsOverview(state), overseer) }
        case .pointsOverview, .pointsWorker, .add, .pointsSign, .pointsSignAll, .pointsAmend:
            if let refusal = KeyAccess.refusal(command, in: .points, for: user) { return .error(refusal) }
            return secretaryCommand(command, &state, s, user: user, today: context.today, keys: context.keys(.points))
        case .up, .down, .pageUp, .pageDown, .first, .last:
            _ = state.list.navigate(command, count: rowCount(state, now: context.now))
        default: break
        }
        return .none
    }

    private static func secretaryCommand(_ command: Command, _ state: inout PointsState, _ s: PointsSnapshot, user: Person,
                                         today: LocalDate, keys: KeyNamer) -> Step {
        switch command {
        case .pointsOverview:
            show(state.page == .overview ? .card : .overview, &state, select: 0)
            if state.page == .overview, !s.hasOverview { return load(s.worker.id, s.month, true, true) }
        case .pointsWorker:
            let workers = s.workers.isEmpty ? s.overview.map(\.worker) : s.workers
            let next = workers.firstIndex { $0.id == s.worker.id }.map { (workers.index(after: $0)) % max(1, workers.count) } ?? 0
            if let worker = workers[safe: next] { return load(worker.id, s.month, keepsOverview(state), true) }
        case .add:
            if s.card.isSigned { return .error(PointsText.alreadySigned(keys)) }
            let selected = state.page == .card ? s.rows[safe: state.list.selected]?.item : nil
            state.editor = PointsForms.add(selected)
        case .pointsAmend:
            if !s.card.isSigned { return .error(PointsText.notSignedYet) }
            return startAmendment(&state, s, keys)
        case .pointsSign:
            if let early = PointsCard.signingRefusal(s.month, on: today) { return .error(early.message) }
            guard state.page == .overview else { return askToSign(s.worker, s.card, s.total, s, &state, keys) }
            guard let row = s.overview[safe: state.list.selected] else { return .error(PointsText.selectWorker) }
            return askToSign(row.worker, row.card, row.total, s, &state, keys)
        case .pointsSignAll:
            if let early = PointsCard.signingRefusal(s.month, on: today) { return .error(early.message) }
            guard s.hasOverview else {
                show(.overview, &state, select: 0)
                return Step(effects: [.points(.load(worker: s.worker.id, month: s.month, overview: true, reminders: true))],
                            message: .init(PointsText.reviewFirst(keys), .warning))
            }
            guard let signing = PointsSigning.month(s) else { return .error(PointsText.allSigned(s.month)) }
            state.signing = signing
        default: break
        }
        return .none
    }

    /// `s` on a card not yet signed: the dialog saying what it holds and that it will be final.
    private static func askToSign(_ worker: Person, _ card: PointsCard, _ total: CardTotal, _ s: PointsSnapshot,
                                  _ state: inout PointsState, _ keys: KeyNamer) -> Step {
        if card.isSigned { return .error(PointsText.alreadySigned(keys)) }
        state.signing = .card(worker, card, total, rules: s.rules)
        return .none
    }

    /// The secretary's answer to the signing dialog: yes signs, no or Esc leaves the card as it is.
    private static func answer(_ command: Command, _ signing: PointsSigning, _ state: inout PointsState, user: Person) -> Step {
        switch command {
        case .confirm:
            state.signing = nil
            return .run(signing.effect(by: user.id))
        case .deny, .cancel:
            state.signing = nil
            return Step(message: .init(signing.cancelled, .info))
        default: return .none
        }
    }

    /// Enter: on the card, the records behind the item; on the overview, that worker's card.
    private static func open(_ state: inout PointsState, _ s: PointsSnapshot, now: Date) -> Step {
        switch state.page {
        case .card:
            guard let row = s.rows[safe: state.list.selected] else { return .error(PointsText.selectItem) }
            show(.records(row.item), &state, select: 0)
        case .overview:
            guard let row = s.overview[safe: state.list.selected] else { return .error(PointsText.selectWorker) }
            state.page = .card
            state.list = ListState()
            return load(row.worker.id, s.month, true, true)
        case .records(let item):
            guard rowCount(state, now: now) > 0, PointsSources.hasRecords(item) else { return .none }
            show(.record(item, state.list.selected), &state, select: 0)
        case .record, .ranking: break
        }
        return .none
    }

    /// `m` on a signed card: on an item's row (or one of its lines on the records page), change
    /// or strike that line; on an item without a line, add one. An item the records prove is
    /// recomputed when its records changed after signing (签名后新增), else refused.
    private static func startAmendment(_ state: inout PointsState, _ s: PointsSnapshot, _ keys: KeyNamer) -> Step {
        let lines = s.card.currentLines
        switch state.page {
        case .card:
            guard let item = s.rows[safe: state.list.selected]?.item else { return .error(PointsText.selectItem) }
            if PointsSources.hasRecords(item) { return recompute(item, &state, s) }
            let indices = lines.indices.filter { lines[$0].item == item }
            if indices.count > 1 { return .error(PointsText.chooseLine(item, indices.count, keys)) }
            state.editor = indices.first.map { PointsForms.amendLine($0, lines[$0]) } ?? PointsForms.amend(item)
        case .records(let item):
            if PointsSources.hasRecords(item) { return recompute(item, &state, s) }
            let indices = lines.indices.filter { lines[$0].item == item }
            state.editor = indices[safe: state.list.selected].map { PointsForms.amendLine($0, lines[$0]) } ?? PointsForms.amend(item)
        case .overview, .record, .ranking: state.editor = PointsForms.amend(nil)
        }
        return .none
    }

    /// `m` on a computed item: the reason form for recomputing it when its records changed after
    /// signing, else why there is nothing to amend.
    private static func recompute(_ item: PointsItem, _ state: inout PointsState, _ s: PointsSnapshot) -> Step {
        guard s.late.contains(where: { $0.item == item }) else { return .error(PointsText.noLateAddition(item)) }
        state.editor = PointsForms.recompute(item)
        return .none
    }

    /// Whether a new load reads the overview again: on the overview page, or once it was read
    /// (going back to it from a card then shows it at once).
    private static func keepsOverview(_ state: PointsState) -> Bool {
        state.page == .overview || state.snapshot?.hasOverview == true
    }

    private static func load(_ worker: Int64, _ month: Month, _ overview: Bool, _ reminders: Bool) -> Step {
        .run(.points(.load(worker: worker, month: month, overview: overview, reminders: reminders)))
    }

    private static func show(_ page: PointsState.Page, _ state: inout PointsState, select: Int) {
        state.page = page
        state.list = ListState(selected: select)
    }

    private static func recordsItem(_ state: PointsState) -> PointsItem? {
        if case .records(let item) = state.page { return item }
        return nil
    }

    /// Rows of the list on the page shown.
    static func rowCount(_ state: PointsState, now: Date) -> Int {
        guard let s = state.snapshot else { return 0 }
        switch state.page {
        case .card: return PointsItem.allCases.count
        case .overview: return s.overview.count
        case .records(.visits): return s.visits.count
        case .records(.duty): return s.duty(now: now).lines.count
        case .records(.reception): return s.receptions.count
        case .records(.onlineReply): return s.replies.count
        case .records(let item): return s.total.lines.filter { $0.line.item == item }.count
        case .record: return 0
        case .ranking: return state.ranking?.rows.count ?? 0
        }
    }
}

/// The items whose lines the records of the other tabs prove (首问接待, 线上反馈, 社区走访, 错时值班).
enum PointsSources {
    static func hasRecords(_ item: PointsItem) -> Bool { !PointsEntryInput.manualItems.contains(item) }
}
