import ScreenKit

/// An editor of the main screen whose form is kept as a draft while it is typed.
protocol DraftedEditor: Sendable {
    /// The form being typed.
    var form: FormState { get set }
    /// The name its draft is saved under, as `DraftKeyed.draftKey` says for its mode.
    var draftKey: String { get }
}

/// What a form is for, with the stable name a draft of it is saved under.
///
/// Each key is written out here, never derived from a case's name: drafts already saved in users'
/// databases are found by these strings, so renaming a case must not change them (DraftKeyTests
/// pins the list). A form about a record adds the record's id after `#` (`visits.correct#12`); the
/// funds forms about an expense never did, and keep it that way.
public protocol DraftKeyed: Sendable {
    var draftKey: String { get }
}

extension VisitEditor.Mode: DraftKeyed {
    public var draftKey: String {
        switch self {
        case .visit: return "visits.visit"
        case .correct(let record): return "visits.correct#\(record.id)"
        case .zone(let person): return "visits.zone#\(person.id)"
        case .household(let household): return "visits.household#\(household.id)"
        }
    }
}

extension FundsEditor.Mode: DraftKeyed {
    public var draftKey: String {
        switch self {
        case .request: return "funds.request"
        case .decide: return "funds.decide"
        // The street's 审批 form is another form than its 审核 form: a review's draft is never offered for the approval.
        case .review(let record): return record.review == nil ? "funds.review" : "funds.streetApproval#\(record.id)"
        case .reverse: return "funds.reverse"
        case .pay(let record, _): return "funds.pay#\(record.id)"
        case .verbal: return "funds.verbal"
        case .batch: return "funds.batch"
        case .instalment: return "funds.instalment"
        case .planLine(let revising): return "funds.planLine" + (revising.map { "#\($0.id)" } ?? "")
        case .planReport: return "funds.planReport"
        case .budget: return "funds.budget"
        case .caseDecision: return "funds.caseDecision"
        case .projectNote: return "funds.projectNote"
        case .payeeKind(let payee, _): return "funds.payeeKind#\(payee)"
        }
    }
}

extension DutyEditor.Mode: DraftKeyed {
    public var draftKey: String {
        switch self {
        case .template: return "duty.template"
        case .hours: return "duty.hours"
        case .swap(let shift): return "duty.swap#\(shift.id)"
        case .shift: return "duty.shift"
        case .book: return "duty.book"
        case .intake: return "duty.intake"
        }
    }
}

extension ReceptionEditor.Mode: DraftKeyed {
    public var draftKey: String {
        switch self {
        case .new: return "reception.new"
        case .amend(let record): return "reception.amend#\(record.id)"
        case .reply(let record): return "reception.reply#\(record.id)"
        case .online: return "reception.online"
        case .answer(let reply): return "reception.answer#\(reply.id)"
        }
    }
}

extension PointsEditor.Mode: DraftKeyed {
    public var draftKey: String {
        switch self {
        case .add: return "points.add"
        case .amend: return "points.amend"
        case .amendLine: return "points.amendLine"
        case .recompute(let item): return "points.recompute#\(item.rawValue)"
        }
    }
}

extension PeopleEditor.Mode: DraftKeyed {
    public var draftKey: String {
        switch self {
        case .add: return "people.add"
        case .roles(let person): return "people.roles#\(person.id)"
        case .resetPin(let person): return "people.resetPin#\(person.id)"
        case .kioskProfile: return "people.kioskProfile"
        case .kioskNotice: return "people.kioskNotice"
        case .kioskWithdraw(let notice): return "people.kioskWithdraw#\(notice.id)"
        }
    }
}

extension VisitEditor: DraftedEditor { var draftKey: String { mode.draftKey } }
extension FundsEditor: DraftedEditor { var draftKey: String { mode.draftKey } }
extension DutyEditor: DraftedEditor { var draftKey: String { mode.draftKey } }
extension ReceptionEditor: DraftedEditor { var draftKey: String { mode.draftKey } }
extension PointsEditor: DraftedEditor { var draftKey: String { mode.draftKey } }
extension PeopleEditor: DraftedEditor { var draftKey: String { mode.draftKey } }
