import Domain
import ScreenKit

/// The 首问接待 tab: the screen in view, the reception log's open form, and the state of each of its
/// parts: the policy search (where it opens), the log's lists and records, the 线上反馈 list and the
/// follow-up list's paging.
public struct ReceptionState: Equatable, Sendable {
    /// The screens of the tab.
    public enum Screen: Equatable, Sendable {
        case search, form, today, followUps, history, record, online
        case usage(PolicyItem)
    }

    public var screen: Screen = .search
    /// The form being filled in (a new record, a reply or a correction); kept while the search picks a policy.
    public var editor: ReceptionEditor?
    public var search = PolicySearch()
    public var log = ReceptionLog()
    public var replies = OnlineReplyList()
    public var followUps = FollowUpPaging()

    public init() {}

    /// True while the search is open to link a policy item to the form.
    public var isPicking: Bool { screen == .search && editor != nil }
}

/// The policy search: what is typed, what was found, the chosen row and the item opened in full.
public struct PolicySearch: Equatable, Sendable {
    /// Longest search text, in characters.
    public static let maxQueryLength = 30

    /// What the person has typed into the search field.
    public var query = TextInput("", maxLength: maxQueryLength)
    /// The items found for `query`; nil until the first answer arrives.
    public var results: [PolicyItem]?
    /// The chosen row of the results.
    public var list = ListState()
    /// The item shown in full, over the results, while open.
    public var opened: PolicyItem?
    /// The first line of the opened item shown.
    public var scroll = 0

    /// The item on the chosen row, if any.
    public var selected: PolicyItem? { results?[safe: list.selected] }
}

/// The reception log's lists (today, follow-ups, history, a policy's records) and a record in full.
public struct ReceptionLog: Equatable, Sendable {
    /// The rows of the list in view, and its chosen row.
    public var records: [ReceptionRecord] = []
    public var list = ListState()
    /// The record shown in full, and the list screen that Esc returns to.
    public var shown: ReceptionRecord?
    public var returnTo: ReceptionState.Screen = .today
    /// The history search's fields; the form has the keyboard while `historyEditing`.
    public var historyForm = ReceptionEditor.historyForm()
    public var historyEditing = true
    /// The record whose signature waits for a second `s`.
    public var pendingSignature: Int64?

    /// The record on the chosen row of the list in view.
    public var selectedRecord: ReceptionRecord? { records[safe: list.selected] }
}

/// The 线上反馈 list: the platform questions, newest first, and its chosen row.
public struct OnlineReplyList: Equatable, Sendable {
    public var items: [OnlineReply] = []
    public var list = ListState()
    /// True while the list shows only the questions waiting for an answer, the longest waiting first.
    public var waitingOnly = false
}

/// The follow-up list's counts (its title), which its pages carry; the list is read a page at a
/// time as the person scrolls, `loading` while the next page is asked for, `toEnd` when the last
/// record was asked for (End), to be chosen when it arrives.
public struct FollowUpPaging: Equatable, Sendable {
    public var total = 0
    public var overdue = 0
    public var loading = false
    public var toEnd = false
}
