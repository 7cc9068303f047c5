import Domain
import Foundation
import ScreenKit

/// The reception log's reducer: the keys that open its screens, the form's keys (with the policy
/// search opened from its policy field), a record's keys (sign, reply, correct) and the results.
enum ReceptionLogFeature {
    private typealias T = ReceptionLogText

    // MARK: - Screens

    /// A command that opens one of the log's screens, from anywhere on the tab; nil for the others.
    static func open(_ command: Command, _ s: inout ReceptionState, _ context: TabContext) -> Step? {
        switch command {
        case .add where s.editor == nil && s.screen == .online:
            s.editor = .online(now: context.now)
            s.screen = .form
            return Step.none
        case .onlineReplies:
            s.replies.waitingOnly = s.screen == .online && s.editor == nil ? !s.replies.waitingOnly : false
            return show(.online, &s, .run(.reception(s.replies.waitingOnly ? .onlineWaiting : .onlineReplies)))
        case .add where s.editor == nil:
            s.editor = .new(now: context.now, rules: context.ruleBook, calendar: context.calendar, keys: context.formKeys)
            s.screen = .form
            return .none
        case .today: return show(.today, &s, .run(.reception(.today(context.today))))
        case .followUps: return show(.followUps, &s, .run(.reception(.followUps(today: context.today, offset: 0, limit: nil))))
        case .history:
            s.log.historyEditing = true
            return show(.history, &s, .none)
        case .usage:
            guard let item = s.search.opened ?? s.search.selected else { return nil }
            return show(.usage(item), &s, .run(.reception(.usage(item))))
        default: return nil
        }
    }

    private static func show(_ screen: ReceptionState.Screen, _ s: inout ReceptionState, _ step: Step) -> Step {
        s.screen = screen
        s.search.opened = nil
        s.log.shown = nil
        s.log.pendingSignature = nil
        s.followUps.loading = false
        s.followUps.toEnd = false
        if screen != .history { s.log.records = []; s.log.list = ListState() }
        return step
    }

    // MARK: - Lists and a record

    /// A command on a list screen or a record in full.
    static func handle(_ command: Command, _ s: inout ReceptionState, _ context: TabContext) -> Step {
        if let record = s.log.shown { return handleRecord(command, record, &s, context) }
        if s.screen == .online { return handleOnline(command, &s, user: context.user) }
        if s.log.list.navigate(command, count: s.log.records.count) {
            return s.screen == .followUps ? moreFollowUps(after: command, &s, today: context.today) : .none
        }
        switch command {
        case .open:
            guard let record = s.log.selectedRecord else { return .none }
            s.log.returnTo = s.screen
            s.log.shown = record
            s.screen = .record
            return .run(.noteViewed(ViewedRecord(.reception, record.id), by: context.user.id))
        case .reply:
            guard let record = s.log.selectedRecord else { return .none }
            return startReply(record, &s)
        case .history where s.screen == .history: s.log.historyEditing = true
        case .cancel:
            s.screen = .search
        default: break
        }
        return .none
    }

    private static func handleRecord(_ command: Command, _ record: ReceptionRecord, _ s: inout ReceptionState, _ context: TabContext) -> Step {
        let user = context.user
        switch command {
        case .sign:
            guard !record.isSigned else { return .error(T.recordKeysSigned(context.keys(.reception))) }
            guard s.log.pendingSignature == record.id else {
                s.log.pendingSignature = record.id
                return Step(message: .init(T.confirmSign(context.keys(.reception)), .warning))
            }
            s.log.pendingSignature = nil
            return .run(.reception(.sign(id: record.id, user: user)))
        case .reply: return startReply(record, &s)
        case .amend:
            s.editor = .amend(record, viewer: user.id, rules: context.ruleBook, calendar: context.calendar, keys: context.formKeys)
            s.screen = .form
            return .none
        case .cancel:
            s.log.shown = nil
            s.screen = s.log.returnTo
            return reload(s.screen, now: context.now, records: s.log.records.count)
        default: break
        }
        return .none
    }

    /// A key on the 线上反馈 list: moving, `r` or Enter answering a waiting question, Esc back.
    private static func handleOnline(_ command: Command, _ s: inout ReceptionState, user: Person) -> Step {
        if s.replies.list.navigate(command, count: s.replies.items.count) { return .none }
        switch command {
        case .cancel: s.screen = .search
        case .reply, .open:
            guard let reply = s.replies.items[safe: s.replies.list.selected] else { return .none }
            guard !reply.content.isFullyAnswered else { return command == .open ? .none : .error(OnlineRepliesView.alreadyAnswered(reply)) }
            s.editor = .answer(reply, user: user.name)
            s.screen = .form
        default: break
        }
        return .none
    }

    /// The effect that reads a list screen's rows again (after a record in full changed one).
    private static func reload(_ screen: ReceptionState.Screen, now: Date, records: Int) -> Step {
        switch screen {
        case .today: return .run(.reception(.today(ShanghaiCalendar.day(of: now))))
        case .followUps: return .run(.reception(.followUps(today: ShanghaiCalendar.day(of: now), offset: 0, limit: records)))
        case .usage(let item): return .run(.reception(.usage(item)))
        default: return .none
        }
    }

    /// Near the end of the follow-ups read so far (within two pages of keys), the next page is asked
    /// for; End asks for all the rest and chooses the last record when it arrives.
    private static func moreFollowUps(after command: Command, _ s: inout ReceptionState, today: LocalDate) -> Step {
        let count = s.log.records.count
        guard count < s.followUps.total, !s.followUps.loading else { return .none }
        if command == .last { s.followUps.toEnd = true }
        guard s.followUps.toEnd || s.log.list.selected >= count - 2 * ListState.pageRows else { return .none }
        s.followUps.loading = true
        return .run(.reception(.followUps(today: today, offset: count, limit: s.followUps.toEnd ? -1 : nil)))
    }

    private static func startReply(_ record: ReceptionRecord, _ s: inout ReceptionState) -> Step {
        guard record.awaitsReply else { return .error(T.noReplyNeeded) }
        s.editor = .reply(record)
        s.screen = .form
        return .none
    }

    // MARK: - Results

    static func apply(_ result: ReceptionResult, _ s: inout ReceptionState, _ context: TabContext) -> Step {
        switch result {
        case .followUps(let page): applyFollowUps(page, &s)
        case .today(let records), .found(let records), .usage(_, let records):
            s.log.records = records
            s.log.list.clamp(count: records.count)
            if case .found = result { s.log.historyEditing = false; s.log.list = ListState(selected: 0) }
        case .online(let replies):
            s.replies.items = replies
            s.replies.list.clamp(count: replies.count)
        case .onlineSaved(let reply, let replies):
            let answered = s.editor.map { if case .answer = $0.mode { return true } else { return false } } ?? false
            s.editor = nil
            s.screen = .online
            s.replies.items = replies
            s.replies.list = ListState()
            s.replies.list.selected = replies.firstIndex { $0.id == reply.id } ?? 0
            return Step(message: .init(answered ? OnlineRepliesView.answered(reply, rules: context.rules) : OnlineRepliesView.saved(reply, rules: context.rules), .ok))
        case .saved(let record, let change):
            s.editor = nil
            s.log.shown = record
            if s.screen != .record { s.log.returnTo = change == .added ? .today : s.log.returnTo }
            s.screen = .record
            if let i = s.log.records.firstIndex(where: { $0.id == record.id }) { s.log.records[i] = record }
            return Step(message: .init(message(change, record, rules: context.rules(on: record.content.date)), .ok))
        }
        return .none
    }

    /// A page of follow-ups: the first replaces the list, the next one is added to its end (a page for
    /// a list since left or read again is dropped); the counts are the page's.
    private static func applyFollowUps(_ page: FollowUpPage, _ s: inout ReceptionState) {
        guard s.screen == .followUps else { return }
        s.followUps.total = page.total
        s.followUps.overdue = page.overdue
        if page.offset == 0 {
            s.log.records = page.records
        } else if page.offset == s.log.records.count, s.followUps.loading {
            s.log.records += page.records
        } else {
            return
        }
        s.followUps.loading = false
        if s.followUps.toEnd, !page.hasMore {
            s.followUps.toEnd = false
            s.log.list.selected = s.log.records.count - 1
        }
        s.log.list.clamp(count: s.log.records.count)
    }

    private static func message(_ change: ReceptionChange, _ record: ReceptionRecord, rules: RuleSet?) -> String {
        switch change {
        case .added: return T.saved(record)
        case .signed: return T.signedSaved(record, points: rules.map { ReceptionPoints.evaluate(record, rules: $0).message })
        case .signedAfterCard: return T.signedSaved(record, points: T.signedAfterCard(record))
        case .replied: return T.replySaved(record)
        case .amended: return T.amended(record)
        }
    }
}
