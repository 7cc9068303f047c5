import Domain
import Foundation
import ScreenKit

/// A form of the reception log: a new record (the paper log's columns), a correction of one (the
/// same fields and a reason), or the reply to a 待回复 matter.
public struct ReceptionEditor: Equatable, Sendable {
    public enum Mode: Equatable, Sendable {
        case new
        case amend(ReceptionRecord)
        case reply(ReceptionRecord)
        /// A question from the community platform (线上反馈).
        case online
        /// The answer, given later, to a platform question recorded without one.
        case answer(OnlineReply)

        /// Whether the form belongs to the 线上反馈 list (Esc goes back to it).
        var isOnline: Bool {
            switch self {
            case .online, .answer: return true
            default: return false
            }
        }
    }

    public var mode: Mode
    public var form: FormState
    /// The policy item linked from the search, while the field still shows its title.
    public var policy: PolicyItem?
    /// The due date the form last filled in by itself (recomputed when the time changes, unless typed over).
    var defaultDue: String
    /// The phone kept from the record when the form does not show it (a correction by a worker
    /// who did not receive the resident): an empty phone box keeps it, "-" removes it.
    var hiddenPhone: String?
    /// The phone of the household the room was completed to, used when the phone box is left empty.
    var registryPhone: String?

    // MARK: - Making one

    /// A new record at `now`, its due date the working days later that the rules in force say.
    static func new(now: Date, rules book: RuleBook?, calendar: WorkingDayCalendar, keys: KeyNamer) -> ReceptionEditor {
        let draft = ReceptionDraft(at: now, residentName: "", room: "", category: "", question: "", outcome: .done)
        let due = defaultDue(for: now, rules: book, calendar: calendar)
        return ReceptionEditor(mode: .new, form: FormState(fields(draft, due: due, keys)), policy: nil, defaultDue: due)
    }

    /// A correction of `record` by `viewer`: its current content, and a reason to give. The phone
    /// is in the box only for the worker who received the resident; anyone else sees it masked in
    /// the hint and an empty box, which keeps it.
    static func amend(_ record: ReceptionRecord, viewer: Int64, rules book: RuleBook?, calendar: WorkingDayCalendar,
                      keys: KeyNamer) -> ReceptionEditor {
        var c = record.content
        let hidden = viewer == record.workerID || c.phone.isEmpty ? nil : c.phone
        if hidden != nil { c.phone = "" }
        let due = c.replyDue?.iso ?? defaultDue(for: c.at, rules: book, calendar: calendar)
        let reason = FormField(id: "reason", label: T.reason, maxLength: TextField.maxLength, hint: T.reasonHint, width: 40)
        let policy = c.policyID.map { PolicyItem.link(id: $0, title: c.policyTitle) }
        var form = FormState(fields(c, due: due, keys) + [reason])
        if let hidden { form["phone"].hint = T.hiddenPhoneHint(hidden) }
        return ReceptionEditor(mode: .amend(record), form: form, policy: policy, defaultDue: due, hiddenPhone: hidden)
    }

    /// The reply to `record`: what the resident was told, and how satisfied they were.
    static func reply(_ record: ReceptionRecord) -> ReceptionEditor {
        ReceptionEditor(mode: .reply(record), form: FormState([
            FormField(id: "reply", label: T.replyText, maxLength: TextField.maxLength, width: 50),
            FormField(id: "satisfaction", label: T.satisfaction, kind: .choice(Satisfaction.allCases.map(\.title))),
        ]), policy: nil, defaultDue: "")
    }

    /// The history search's fields.
    static func historyForm() -> FormState {
        FormState([
            FormField(id: "name", label: T.resident, maxLength: PersonName.maxLength, width: 14),
            FormField(id: "room", label: T.room, maxLength: RoomNumber.maxLength, width: 14),
            FormField(id: "category", label: T.category, maxLength: 20, width: 14),
            FormField(id: "text", label: T.text, maxLength: 30, width: 20),
            FormField(id: "from", label: T.from, maxLength: 10, hint: "YYYY-MM-DD", width: 12),
            FormField(id: "through", label: T.through, maxLength: 10, hint: "YYYY-MM-DD", width: 12),
        ])
    }

    private typealias T = ReceptionLogText

    private static func fields(_ d: ReceptionDraft, due: String, _ keys: KeyNamer) -> [FormField] {
        let outcomes = ReceptionOutcome.allCases
        return [
            FormField(id: "at", label: T.time, value: VisitTime.format(d.at), maxLength: 16, hint: VisitTime.layout, width: 18),
            FormField(id: "resident", label: T.resident, value: d.residentName, maxLength: PersonName.maxLength, width: 14),
            FormField(id: "room", label: T.room, value: d.room, maxLength: RoomNumber.maxLength, hint: T.roomHint(keys), width: 16),
            FormField(id: "phone", label: T.phone, value: d.phone, maxLength: Phone.maxLength, width: 16),
            FormField(id: "category", label: T.category, value: d.category, maxLength: 20, hint: T.categoryHint, width: 14),
            FormField(id: "policy", label: T.policy, value: d.policyTitle, maxLength: 30, hint: T.policyHint(keys), width: 24),
            FormField(id: "question", label: T.question, value: d.question, maxLength: TextField.maxLength, width: 56),
            FormField(id: "action", label: T.action, value: d.actionTaken, maxLength: TextField.maxLength, width: 56),
            FormField(id: "outcome", label: T.outcome, kind: .choice(outcomes.map(\.title)),
                      selected: [outcomes.firstIndex(of: d.outcome) ?? 0]),
            FormField(id: "department", label: T.department, value: d.department, maxLength: 40, hint: T.departmentHint, width: 24),
            FormField(id: "due", label: T.due, value: due, maxLength: 10, hint: T.dueHint, width: 12),
        ]
    }

    /// The default due date, as the form writes it, for a consultation at `at`, by the rules in force
    /// that day, counted on `calendar`.
    static func defaultDue(for at: Date, rules book: RuleBook?, calendar: WorkingDayCalendar) -> String {
        let day = ShanghaiCalendar.day(of: at)
        guard let rules = book?.rules(on: day) else { return "" }
        return ReplyDeadline.due(after: day, calendar: calendar, rules: rules).iso
    }
}

extension PolicyItem {
    /// A stand-in for a linked item known only by id and title (a record's link, before a correction).
    static func link(id: Int64, title: String) -> PolicyItem {
        PolicyItem(id: id, title: title, lineOfBusiness: "", eligibility: "", materials: [], procedure: [], legalBasis: "",
                   department: "", location: "", lastChecked: LocalDate(dayNumber: 0), isSample: false)
    }
}
