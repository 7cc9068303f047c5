import Foundation

/// One expense waiting for the street's review, as `street review list` and the street program's
/// 审核 tab show it.
public struct ReviewEntry: Sendable, Equatable {
    /// The street's id of the request (what `pass` and `return` take).
    public var id: Int64
    public var committee: String
    public var kind: String
    public var amount: Int64
    public var fund: String
    public var category: String
    public var purpose: String
    public var project: String
    /// The committee's steps so far (书记、主任's approvals, a verbal approval), in order.
    public var route: [String]
    /// When the request reached the street (Asia/Shanghai, `2026-12-05 14:02`).
    public var waitingSince: String
    /// The same moment, for counting how long it has waited.
    public var receivedAt: Date
    /// Who asked at the committee (empty when the committee's program did not say): a street
    /// reviewer of that name may not pass it.
    public var requester: String
    /// The committee's own id of the expense (0 where it is not known).
    public var expenseID: Int64

    public init(id: Int64, committee: String, kind: String, amount: Int64, fund: String, category: String, purpose: String,
                project: String, route: [String], waitingSince: String, receivedAt: Date, requester: String, expenseID: Int64 = 0) {
        self.expenseID = expenseID
        self.id = id
        self.committee = committee
        self.kind = kind
        self.amount = amount
        self.fund = fund
        self.category = category
        self.purpose = purpose
        self.project = project
        self.route = route
        self.waitingSince = waitingSince
        self.receivedAt = receivedAt
        self.requester = requester
    }
}

/// What the street's review refuses before it asks the server, in the same words at the screen and the command line.
public enum ReviewText {
    public static let numberEmpty = "请填写街道审核编号（如 普街审〔2026〕17号）"
    public static let reasonEmpty = "退回须写明理由"
}
