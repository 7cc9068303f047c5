import Domain
import Foundation

/// Reads an expense list (CSV with the header
/// `申请日期,经费类别,用途类别,项目,金额,收款方,支付方式,申请人,书记审批,主任审批,街镇审核编号,支付日期`,
/// then the optional columns 一事一议决定, 报账员, 付款凭证号, 街镇审批编号 in that order)
/// into rows, or says what is wrong, line by line. Only the form of each field is checked here;
/// the people, the approval route and the payment rules are checked on import, by the same
/// storage rules as the screen (`AppDatabase.importExpenses`).
public enum ExpenseImport {
    /// The header row an expense file must start with.
    public static let header = FundsText.importHeader
    /// The header with the optional last column `一事一议决定` (the decision's reference, dated the
    /// request date), for expenses outside the year's plan.
    public static let headerWithDecision = header + [FundsText.decisionColumn]
    /// The optional very last column `报账员`: the bookkeeper who recorded the row's payment, who must
    /// hold 报账员 on the payment date (without it, the person importing, if they hold 报账员).
    public static let bookkeeperColumn = FundsText.bookkeeperColumn
    /// The optional very last column `付款凭证号`: the voucher number of the row's payment. A paid row
    /// without one is stored with no 付款凭证号 (NULL), and the ledger, the detail and the report say it was not given.
    public static let voucherColumn = FundsText.voucherColumn
    /// The names the 付款凭证号 column is read by: today's, then `票据号` of files written before the rename.
    public static let voucherColumns = [voucherColumn, FundsText.formerVoucherColumn]
    /// The optional very last column `街镇审批编号`: the street office's approval reference after its review
    /// (附件一 三(二) "审核后，按街道、镇相关程序审批"), dated the request date. In a file without it a
    /// 街镇审核编号 stands for both steps, as before they were kept apart (`StreetReview.oneStep`).
    public static let streetApprovalColumn = FundsText.streetApprovalColumn
    /// The optional columns `受益对象` and `费用性质`, after all the others: a title each (居民群众…,
    /// 以上都不是…) or empty; a file without them, or an empty cell, records 未登记.
    public static let natureColumns = [FundsText.beneficiaryColumn, FundsText.costKindColumn]
    /// The text earlier versions stored as the 付款凭证号 (then 票据号) of an imported payment without one; such
    /// a row is read as having none (`voucher(stored:)`). Read-side, not a migration: a ledger row is append-only
    /// and its audit event keeps the text it was written with, so rewriting it would break that match.
    static let legacyMissingVoucher = FundsText.legacyMissingVoucher

    /// The 付款凭证号 as the books read it: nil for none, and for the placeholder of earlier versions.
    static func voucher(stored: String?) -> String? { stored == legacyMissingVoucher ? nil : stored }

    /// One expense read from the file: the request and the names and numbers of its steps.
    public struct Row: Sendable, Equatable {
        public var line: Int
        /// The request; its purpose is the project (the file has no separate purpose column).
        public var request: ExpenseRequest
        public var requesterName: String
        /// The secretary's and director's names, when they approved.
        public var secretaryName: String?
        public var directorName: String?
        /// The street office's review reference (街镇审核编号), when there is one.
        public var reviewReference: String?
        /// The street office's approval reference (街镇审批编号), when the file has the column and the row gives one.
        public var streetApprovalReference: String?
        /// Whether the file has the 街镇审批编号 column; without it a review reference stands for both steps.
        public var hasStreetApprovalColumn = false
        /// The payment date; a row with one is paid.
        public var paidOn: LocalDate?
        /// The 一事一议 decision's reference of an expense outside the plan, when the file has one.
        public var caseReference: String?
        /// The bookkeeper named in the `报账员` column, when the file has one and the row names one.
        public var bookkeeperName: String?
        /// The 付款凭证号 of the payment, when the file has the column and the row gives one.
        public var voucher: String?
    }

    /// The rows of `text`, or every problem; a date later than `today`, or before the committee's
    /// `firstYear` (2017 when nil: `RecordDates`), is refused.
    public static func parse(_ text: String, today: LocalDate, firstYear: Int? = nil) -> Result<[Row], StaffImportFailure> {
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
        let columns = (firstLine.contains(FundsText.decisionColumn) ? headerWithDecision : header)
            + (firstLine.contains(bookkeeperColumn) ? [bookkeeperColumn] : [])
            + Array(voucherColumns.filter { firstLine.contains($0) }.prefix(1))
            + (firstLine.contains(streetApprovalColumn) ? [streetApprovalColumn] : [])
            + natureColumns.filter { firstLine.contains($0) }
        return CSVRows.parse(text, header: columns) { f, line in
            switch row(f, line: line, today: today, columns: columns, firstYear: firstYear) {
            case .success(let row): return .success(row)
            case .failure(let error): return .failure(.init(line: line, message: error.message))
            }
        }
    }

    /// One record as a row, or the first thing wrong with it.
    static func row(_ f: [String], line: Int, today: LocalDate, columns: [String] = header, firstYear: Int? = nil) -> Result<Row, InputError> {
        Result {
            for index in [3, 5, 10] + Array(columns.indices.dropFirst(header.count)) where f.indices.contains(index) {
                if let error = FieldText.problem(f[index], label: columns[index], maxLength: FieldText.shortLength) { throw error }
            }
            let date = try day(f[0], column: header[0], today: today, firstYear: firstYear)
            guard let fund = FundKind.allCases.first(where: { $0.title == f[1] }) else { throw InputError(FundsText.badFund(f[1])) }
            guard let category = ExpenseCategory.allCases.first(where: { $0.title == f[2] }) else {
                throw InputError(FundsText.badCategory(f[2], fund: fund))
            }
            let amount = try Money.parse(f[4]).get()
            guard let payment = PaymentMethod.allCases.first(where: { $0.title == f[6] }) else {
                throw InputError(FundsText.badPayment(f[6]))
            }
            if f[7].isEmpty { throw InputError(FundsText.requesterEmpty) }
            let paidOn = f[11].isEmpty ? nil : try day(f[11], column: header[11], today: today, firstYear: firstYear)
            if let paidOn, paidOn < date { throw InputError(FundsText.paidBeforeRequest(paidOn, date)) }
            let purpose = f[3].isEmpty ? category.title : f[3]
            var request = ExpenseRequest(fund: fund, category: category, project: f[3], amount: amount, payee: f[5],
                                         purpose: purpose, payment: payment, date: date)
            let approvalColumn = columns.firstIndex(of: streetApprovalColumn)
            request.beneficiary = try choice(f, columns, FundsText.beneficiaryColumn, Beneficiary.allCases, \.title)
            request.costKind = try choice(f, columns, FundsText.costKindColumn, CostKind.allCases, \.title)
            return Row(line: line, request: request, requesterName: f[7], secretaryName: nonEmpty(f[8]),
                       directorName: nonEmpty(f[9]), reviewReference: nonEmpty(f[10]),
                       streetApprovalReference: approvalColumn.flatMap { nonEmpty(f[$0]) },
                       hasStreetApprovalColumn: approvalColumn != nil, paidOn: paidOn,
                       caseReference: columns.firstIndex(of: FundsText.decisionColumn).flatMap { nonEmpty(f[$0]) },
                       bookkeeperName: columns.firstIndex(of: bookkeeperColumn).flatMap { nonEmpty(f[$0]) },
                       voucher: columns.firstIndex(where: voucherColumns.contains).flatMap { nonEmpty(f[$0]) })
        }.mapError { $0 as? InputError ?? InputError("\($0)") }
    }

    private static func day(_ text: String, column: String, today: LocalDate, firstYear: Int?) throws -> LocalDate {
        guard let day = LocalDate(iso: text) else { throw InputError(FundsText.badDate(column, text)) }
        if day > today { throw InputError(FundsText.futureDate(column, day, today: today)) }
        if let error = RecordDates.problem(day, label: column, today: today, firstYear: firstYear) { throw error }
        return day
    }

    /// The value of the optional column `column` named by its title, nil when the file has no such column or the cell is empty.
    private static func choice<T>(_ f: [String], _ columns: [String], _ column: String, _ all: [T],
                                  _ title: (T) -> String) throws -> T? {
        guard let i = columns.firstIndex(of: column), let text = nonEmpty(f[i]) else { return nil }
        guard let value = all.first(where: { title($0) == text }) else {
            throw InputError(FundsText.badChoice(column, text, all.map(title)))
        }
        return value
    }

    private static func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }
}
