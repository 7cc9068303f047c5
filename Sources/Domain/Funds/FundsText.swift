import Foundation

/// The funds feature's Chinese, in one home: here the sentences that both the screen and the storage
/// say (each said once); the screen, plan page, report, storage, import and runtime extend it in their
/// own layers (`FundsText+Screen`, `+Plan`, `+Report`, `+Storage`, `+Import`, `+Runtime`).
public enum FundsText {
    public static let refusalNeedsReason = "拒绝须写明理由"
    public static let caseNotNeeded = "本笔支出已列入年度经费计划，无需一事一议"
    public static let caseAlready = "本笔支出已登记一事一议决定，不能重复登记或修改"
    public static let verbalAlready = "本笔支出已登记口头批准，不能重复登记或修改"
    /// What the detail, the ledger, the report and the import say in place of the 付款凭证号 an import did
    /// not give (none is stored: `PaymentDetails.importedWithoutVoucher`).
    public static let voucherNotImported = "导入时未附\(PaymentDetails.voucherName)"

    // MARK: - A payee's 单位/个人 corrected (`PayeeCorrection`)

    static let correctionReasonMissing = "请写明更正理由（如：饭店误选为个人）"
    static func correctionReasonTooLong(_ most: Int) -> String { "更正理由须为 1–\(most) 个字，不含换行（本程序取值）" }

    public static func alreadyDecided(_ person: Person) -> String {
        "\(person.name) 已审批过本笔支出：书记、主任须为两个不同的人，一人只计一次" + ExpenseApproval.pairReading
    }
}
