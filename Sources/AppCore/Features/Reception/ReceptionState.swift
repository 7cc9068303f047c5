import Domain
import ScreenKit

/// The 首问接待 tab: the policy search (where it opens), the reception log's form, today's list,
/// the follow-ups, the history search, one record in full and the records that used a policy item.
public struct ReceptionState: Equatable, Sendable {
    /// Longest search text, in characters.
    public static let maxQueryLength = 30

    /// The screens of the tab.
    public enum Screen: Equatable, Sendable {
        case search, form, today, followUps, history, record, online
        case usage(PolicyItem)
    }

    public var screen: Screen = .search

    // MARK: - The policy search

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

    // MARK: - The reception log

    /// The form being filled in (a new record, a reply or a correction); kept while the search picks a policy.
    public var editor: ReceptionEditor?
    /// The rows of the list in view (today, follow-ups, history, a policy's records).
    public var records: [ReceptionRecord] = []
    public var recordList = ListState()
    /// The record shown in full, and the list screen that Esc returns to.
    public var shown: ReceptionRecord?
    public var returnTo: Screen = .today
    /// The history search's fields; the form has the keyboard while `historyEditing`.
    public var historyForm = ReceptionEditor.historyForm()
    public var historyEditing = true
    /// The record whose signature waits for a second `s`.
    public var pendingSignature: Int64?

    // MARK: - Online replies

    /// The platform questions of the 线上反馈 list, newest first, and its chosen row.
    public var onlineReplies: [OnlineReply] = []
    public var onlineList = ListState()
    /// True while the list shows only the questions waiting for an answer, the longest waiting first.
    public var onlineWaitingOnly = false

    /// The follow-up list's counts (its title), which its pages carry; the list is read a page at a
    /// time as the person scrolls, and `followUpsLoading` while the next page is asked for. `followUpsToEnd`
    /// when the last record was asked for (End), to be chosen when it arrives.
    public var followUpTotal = 0
    public var followUpOverdue = 0
    public var followUpsLoading = false
    public var followUpsToEnd = false

    public init() {}

    /// The item on the chosen row, if any.
    public var selected: PolicyItem? {
        guard let results, results.indices.contains(list.selected) else { return nil }
        return results[list.selected]
    }

    /// True while the search is open to link a policy item to the form.
    public var isPicking: Bool { screen == .search && editor != nil }

    /// The record on the chosen row of the list in view.
    public var selectedRecord: ReceptionRecord? { records[safe: recordList.selected] }
}
