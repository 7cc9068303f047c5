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
            s.onlineWaitingOnly = s.screen == .online && s.editor == nil ? !s.onlineWaitingOnly : false
            return show(.online, &s, .run(.reception(s.onlineWaitingOnly ? .onlineWaiting : .onlineReplies)))
        case .add where s.editor == nil:
            s.editor = .new(now: context.now, rules: context.ruleBook)
            s.screen = .form
            return .none
        case .today: return show(.today, &s, .run(.reception(.today(ShanghaiCalendar.day(of: context.now)))))
        case .followUps: return show(.followUps, &s, .run(.reception(.followUps(today: ShanghaiCalendar.day(of: context.now), offset: 0, limit: nil))))
        case .history:
            s.historyEditing = true
            return show(.history, &s, .none)
        case .usage:
            guard let item = s.opened ?? s.selected else { return nil }
            return show(.usage(item), &s, .run(.reception(.usage(item))))
        default: return nil
        }
    }

    private static func show(_ screen: ReceptionState.Screen, _ s: inout ReceptionState, _ step: Step) -> Step {
        s.screen = screen
        s.opened = nil
        s.shown = nil
        s.pendingSignature = nil
        s.followUpsLoading = false
        s.followUpsToEnd = false
        if screen != .history { s.records = []; s.recordList = ListState() }
        return step
    }

    // MARK: - Lists and a record

    /// A command on a list screen or a record in full.
    static func handle(_ command: Command, _ s: inout ReceptionState, _ context: TabContext) -> Step {
        if let record = s.shown { return handleRecord(command, record, &s, context) }
        if s.screen == .online { return handleOnline(command, &s, user: context.user) }
        if s.recordList.navigate(command, count: s.records.count) {
            return s.screen == .followUps ? moreFollowUps(after: command, &s, today: ShanghaiCalendar.day(of: context.now)) : .none
        }
        switch command {
        case .open:
            guard let record = s.selectedRecord else { return .none }
            s.returnTo = s.screen
            s.shown = record
            s.screen = .record
            return .run(.noteViewed(ViewedRecord(.reception, record.id), by: context.user.id))
        case .reply:
            guard let record = s.selectedRecord else { return .none }
            return startReply(record, &s)
        case .history where s.screen == .history: s.historyEditing = true
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
            guard !record.isSigned else { return .error(T.recordKeysSigned) }
            guard s.pendingSignature == record.id else {
                s.pendingSignature = record.id
                return Step(message: .init(T.confirmSign, .warning))
            }
            s.pendingSignature = nil
            return .run(.reception(.sign(id: record.id, user: user)))
        case .reply: return startReply(record, &s)
        case .amend:
            s.editor = .amend(record, viewer: user.id, rules: context.ruleBook)
            s.screen = .form
            return .none
        case .cancel:
            s.shown = nil
            s.screen = s.returnTo
            return reload(s.screen, now: context.now, records: s.records.count)
        default: break
        }
        return .none
    }

    /// A key on the 线上反馈 list: moving, `r` or Enter answering a waiting question, Esc back.
    private static func handleOnline(_ command: Command, _ s: inout ReceptionState, user: Person) -> Step {
        if s.onlineList.navigate(command, count: s.onlineReplies.count) { return .none }
        switch command {
        case .cancel: s.screen = .search
        case .reply, .open:
            guard let reply = s.onlineReplies[safe: s.onlineList.selected] else { return .none }
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
        let count = s.records.count
        guard count < s.followUpTotal, !s.followUpsLoading else { return .none }
        if command == .last { s.followUpsToEnd = true }
        guard s.followUpsToEnd || s.recordList.selected >= count - 2 * ListState.pageRows else { return .none }
        s.followUpsLoading = true
        return .run(.reception(.followUps(today: today, offset: count, limit: s.followUpsToEnd ? -1 : nil)))
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
            s.records = records
            s.recordList.clamp(count: records.count)
            if case .found = result { s.historyEditing = false; s.recordList = ListState(selected: 0) }
        case .online(let replies):
            s.onlineReplies = replies
            s.onlineList.clamp(count: replies.count)
        case .onlineSaved(let reply, let replies):
            let answered = s.editor.map { if case .answer = $0.mode { return true } else { return false } } ?? false
            s.editor = nil
            s.screen = .online
            s.onlineReplies = replies
            s.onlineList = ListState()
            s.onlineList.selected = replies.firstIndex { $0.id == reply.id } ?? 0
            return Step(message: .init(answered ? OnlineRepliesView.answered(reply, rules: context.rules) : OnlineRepliesView.saved(reply, rules: context.rules), .ok))
        case .saved(let record, let change):
            s.editor = nil
            s.shown = record
            if s.screen != .record { s.returnTo = change == .added ? .today : s.returnTo }
            s.screen = .record
            if let i = s.records.firstIndex(where: { $0.id == record.id }) { s.records[i] = record }
            return Step(message: .init(message(change, record), .ok))
        }
        return .none
    }

    /// A page of follow-ups: the first replaces the list, the next one is added to its end (a page for
    /// a list since left or read again is dropped); the counts are the page's.
    private static func applyFollowUps(_ page: FollowUpPage, _ s: inout ReceptionState) {
        guard s.screen == .followUps else { return }
        s.followUpTotal = page.total
        s.followUpOverdue = page.overdue
        if page.offset == 0 {
            s.records = page.records
        } else if page.offset == s.records.count, s.followUpsLoading {
            s.records += page.records
        } else {
            return
        }
        s.followUpsLoading = false
        if s.followUpsToEnd, !page.hasMore {
            s.followUpsToEnd = false
            s.recordList.selected = s.records.count - 1
        }
        s.recordList.clamp(count: s.records.count)
    }

    private static func message(_ change: ReceptionChange, _ record: ReceptionRecord) -> String {
        switch change {
        case .added: return T.saved(record)
        case .signed: return T.signedSaved(record)
        case .replied: return T.replySaved(record)
        case .amended: return T.amended(record)
        }
    }
}
