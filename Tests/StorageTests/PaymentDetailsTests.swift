import Domain
import Foundation
import GRDB
import Testing
@testable import Storage

/// A payment carries its date, 付款凭证号 and method into the ledger (issue 19); storage refuses one without
/// a 付款凭证号 or dated before its approval, judges the official-card rule by the method paid, and keeps
/// each payee's 单位/个人 as said on first use.
@Suite struct PaymentDetailsTests {
    let f: FundsFixture
    init() throws { f = try FundsFixture() }

    /// A 300-yuan expense approved by the secretary and the director on 2024-03-02.
    func approved(payment: PaymentMethod = .officialCard) throws -> ExpenseRecord {
        let record = try f.request("300", payment: payment)
        try f.decide(record.id, f.secretary, as: .secretary)
        return try f.decide(record.id, f.director, as: .director)
    }

    @Test func thePaymentStoresItsDateVoucherAndMethod() throws {
        let record = try approved()
        let entry = try f.pay(record.id, method: .bankTransfer, voucher: "  FP-2024-0007 ", on: "2024-03-04")
        #expect(entry.voucher == "FP-2024-0007" && entry.method == .bankTransfer && entry.date == FundsFixture.day("2024-03-04"))
        #expect(try f.book().record(record.id)?.payment?.voucher == "FP-2024-0007")
    }

    @Test(arguments: ["", "   ", String(repeating: "票", count: 41)])
    func aPaymentWithoutAnAcceptableVoucherIsRefused(voucher: String) throws {
        let record = try approved()
        #expect(throws: StorageError.self) { try f.pay(record.id, voucher: voucher) }
        #expect(try f.book().entries.isEmpty)
    }

    @Test func aPaymentDatedBeforeTheApprovalIsRefused() throws {
        let record = try approved()
        do {
            try f.pay(record.id, on: "2024-03-01")
            Issue.record("paid before the approval")
        } catch let error as StorageError {
            #expect(error.message == "支付日期 2024-03-01 早于审批日 2024-03-02")
        }
    }

    @Test func sqliteItselfRefusesAPaymentRowWithoutAVoucher() throws {
        let record = try approved()
        #expect(throws: (any Error).self) {
            try f.database.rawWrite("""
                INSERT INTO ledger_entry (expense_id, kind, amount, date, reason, fund_spent_after, recorded_by, created_at)
                VALUES (?, 'payment', 30000, '2024-03-03', '', 30000, ?, '2024-03-03')
                """, [record.id, f.bookkeeper.id])
        }
    }

    @Test func aCashRequestOfAnOfficialCardItemIsPaidByCardNotStuck() throws {
        let request = ExpenseRequest(fund: .party, category: .massActivity, project: "重阳节敬老活动", amount: 12_000, payee: "曹杨印刷厂",
                                     purpose: "通知印刷", payment: .cash, date: FundsFixture.day("2024-03-01"), spendingItem: "印刷费",
                                     payeeKind: .organisation)
        let record = try f.database.requestExpense(request, by: f.worker.id, at: Fixture.start, rules: FundsFixture.rules)
        try f.decide(record.id, f.secretary, as: .secretary)
        try f.decide(record.id, f.director, as: .director)
        #expect(throws: StorageError.self) { try f.pay(record.id, method: .cash) }
        let entry = try f.pay(record.id, method: .officialCard)
        #expect(entry.method == .officialCard)
        let paid = try f.book()
        #expect(paid.verdicts(on: paid.record(record.id)!, rules: FundsFixture.rules).allSatisfy { $0.rule != .officialCard || $0.isOK })
    }

    @Test func aNewPayeeNeedsItsTypeOnceAndKeepsIt() throws {
        do {
            try f.request("80", payee: "长寿路食府", payeeKind: nil)
            Issue.record("a new payee without its type was accepted")
        } catch let error as StorageError {
            #expect(error.message.contains("请选择单位或个人"))
        }
        try f.request("80", payee: "长寿路食府", payeeKind: .organisation)
        try f.request("90", payee: "长寿路食府", payeeKind: nil)
        try f.request("90", payee: "长寿路食府", payeeKind: .person)
        #expect(try f.book().payeeKinds["长寿路食府"] == .organisation)
    }

    /// The payment's number column is 付款凭证号 (not the request's 票据); files written before the rename
    /// call it 票据号, and they still import.
    @Test(arguments: ["付款凭证号", "票据号"])
    func anImportCarriesTheVoucherColumnAndSaysWhatItFillsInWithoutOne(column: String) throws {
        let header = "申请日期,经费类别,用途类别,项目,金额,收款方,支付方式,申请人,书记审批,主任审批,街镇审核编号,支付日期,报账员,\(column)\n"
        let body = """
            2024-03-01,党组织服务群众专项经费,群众活动类项目,重阳节敬老活动,300,好邻居文具店,银行转账,陈杰,王书记,李主任,,2024-03-05,钱会计,FP-88
            2024-03-01,党组织服务群众专项经费,群众活动类项目,重阳节敬老活动,200,好邻居文具店,公务卡,陈杰,王书记,李主任,,2024-03-05,钱会计,
            """
        let rows = try ExpenseImport.parse(header + body, today: FundsFixture.day("2024-06-30")).get()
        let records = try f.database.importExpenses(rows, by: f.secretary.id, at: Fixture.start, dryRun: false, rules: FundsFixture.rules)
        #expect(records[0].payment?.voucher == "FP-88" && records[0].payment?.method == .bankTransfer)
        #expect(records[1].payment?.voucher == nil && records[1].payment?.method == .officialCard)
        #expect(records[1].payment?.voucherMissing == true && records[0].payment?.voucherMissing == false)
        let stored = try f.database.pool.read { db in
            try Row.fetchOne(db, sql: "SELECT voucher, voucher_missing FROM ledger_entry WHERE id = ?", arguments: [records[1].payment?.id])
        }
        #expect(stored?["voucher"] as String? == nil && stored?["voucher_missing"] as Int64? == 1, "no text stored as if it were a number")
    }

    /// A payment that an earlier version imported with the placeholder text as its 票据号 is read as having none.
    @Test func anEarlierImportsPlaceholderIsReadAsNoVoucher() throws {
        let record = try approved()
        let entry = try f.pay(record.id, voucher: "X", on: "2024-03-04")
        try f.database.pool.write { db in
            try db.execute(sql: "DROP TRIGGER ledger_entry_no_update")
            try db.execute(sql: "UPDATE ledger_entry SET voucher = '导入时未附票据号' WHERE id = ?", arguments: [entry.id])
        }
        let payment = try f.book().record(record.id)?.payment
        #expect(payment?.voucher == nil && payment?.voucherMissing == true)
    }

    @Test func aPaymentWithNeitherVoucherNorImportMarkIsRefusedBySQLite() throws {
        let record = try approved()
        let entry = try f.pay(record.id, voucher: "X", on: "2024-03-04")
        #expect(throws: (any Error).self) {
            try f.database.pool.write { db in
                try db.execute(sql: """
                    INSERT INTO ledger_entry (expense_id, kind, amount, date, reason, fund_spent_after, recorded_by, created_at, method)
                    SELECT expense_id, kind, amount, date, reason, fund_spent_after, recorded_by, created_at, method FROM ledger_entry WHERE id = ?
                    """, arguments: [entry.id])
            }
        }
    }

    @Test("the import names the payment's number 付款凭证号, apart from the request's 票据")
    func theVoucherColumnHasItsOwnName() {
        #expect(ExpenseImport.voucherColumn == "付款凭证号")
        #expect(ExpenseImport.voucherColumns.contains("票据号"), "files with the former name are still read")
    }
}
