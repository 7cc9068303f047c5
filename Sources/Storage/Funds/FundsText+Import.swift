import Domain

/// The expense import's header and row problems: part of `FundsText`, the one home of the funds feature's
/// Chinese; the rules' own sentences come from the Domain verdicts and `FundsText+Storage`.
extension FundsText {
    static let importHeader = ["申请日期", "经费类别", "用途类别", "项目", "金额", "收款方", "支付方式", "申请人",
                         "书记审批", "主任审批", "街镇审核编号", "支付日期"]
    static let decisionColumn = "一事一议决定"
    static let bookkeeperColumn = "报账员"
    static let voucherColumn = PaymentDetails.voucherName
    /// The payment's number column as files written before its rename call it, still read.
    static let formerVoucherColumn = PaymentDetails.formerVoucherName
    static let streetApprovalColumn = "街镇审批编号"
    static let beneficiaryColumn = "受益对象"
    static let costKindColumn = "费用性质"
    static let legacyMissingVoucher = "导入时未附票据号"
    static let requesterEmpty = "申请人不能为空"

    static func badFund(_ text: String) -> String {
        "经费类别“\(FieldText.echo(text))”不存在：可选 " + FundKind.allCases.map(\.title).joined(separator: "、")
    }

    static func badCategory(_ text: String, fund: FundKind) -> String {
        "用途类别“\(FieldText.echo(text))”不存在：\(fund.title)可选 " + fund.categories.map(\.title).joined(separator: "、")
    }

    static func badPayment(_ text: String) -> String {
        "支付方式“\(FieldText.echo(text))”不存在：可选 " + PaymentMethod.allCases.map(\.title).joined(separator: "、")
    }

    static func badChoice(_ column: String, _ text: String, _ options: [String]) -> String {
        "\(column)“\(FieldText.echo(text))”不存在：可选 " + options.joined(separator: "、") + "，或留空（记为\(ExpenseNature.unrecorded)）"
    }

    static func badDate(_ column: String, _ text: String) -> String { "\(column)应写作 YYYY-MM-DD，如 2024-03-01：“\(FieldText.echo(text))”" }

    static func futureDate(_ column: String, _ day: LocalDate, today: LocalDate) -> String {
        "\(column) \(day) 晚于今天（\(today)）"
    }

    static func paidBeforeRequest(_ paid: LocalDate, _ requested: LocalDate) -> String {
        "支付日期 \(paid) 早于申请日期 \(requested)"
    }

    static func notHoldingOnDate(_ name: String, _ role: Role, _ day: LocalDate, column: String) -> String {
        "\(column)“\(name)”在 \(day) 不担任\(role.title)：\(column)须为当日担任\(role.title)的人（附件一 三(二)、三(三)）"
    }

    static let noBookkeeper = "已支付的行须写明报账员：在“报账员”栏填当日担任报账员的人，或由担任报账员的人导入（--as）（附件一 三(三)）"

    static func unknownPerson(_ name: String) -> String { "“\(FieldText.echo(name))”不在人员名单中：请先在人员中添加（或导入人员）" }
}
