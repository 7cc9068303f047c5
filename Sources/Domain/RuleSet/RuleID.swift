/// The id of each rule the program enforces. The raw value is the rule's table in the rule-set
/// file (`[funds.office_cap]`), where its clause and values are written.
public enum RuleID: String, Sendable, CaseIterable, Codable {
    // MARK: - 附件一 经费
    case approval
    case emergency
    case batch
    case split
    case fundBudget = "funds"
    case officeCap = "funds.office_cap"
    case fundScope = "funds.scope"
    case fundBeneficiary = "funds.beneficiary"
    case fundOutside = "funds.outside"
    case fundPlan = "funds.plan"
    case officialCard = "funds.official_card"
    case disclosure = "funds.disclosure"

    // MARK: - 附件二 走访
    case visitQuota = "visits"
    case visitInterval = "visits.intervals"

    // MARK: - 实施意见 二(二)、附件二 四(四) 错时值班
    case dutySignIn = "duty"
    case dutyTemplates = "duty.templates"
    case dutyHours = "duty.hours"
    case dutySwap = "duty.swap"
    // MARK: - 附件二 首问接待
    case receptionReply = "reception"

    // MARK: - 附件三 积分卡
    case reception = "points.reception"
    case onlineReply = "points.online_reply"
    case duty = "points.duty"
    case campaign = "points.campaign"
    case volunteering = "points.volunteering"
    case awards = "points.awards"
    case publicity = "points.publicity"
    case inspection = "points.inspection"
    case training = "points.training"
    case contest = "points.contest"
    case complaint = "points.complaint"
    case dispute = "points.dispute"
    case breach = "points.breach"
    case card = "points.card"
    case ranking
    /// 积分规则说明 3: a deduction rests on a decision of a 居委会班子会议.
    case deductionDecision = "points.decision"

    // MARK: - 实施意见 二(五) 议事协商
    case meetings

    // MARK: - 实施意见 二(四) 网格巡查
    case patrols

    // MARK: - Who may do what (Permission)
    case roles
}
