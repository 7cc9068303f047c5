import Domain
import Foundation
import GRDB
import Testing
@testable import Storage

/// Issue 19: a payee's 单位/个人, asked on first use and printed by the public disclosure, is corrected
/// by a new row pointing at the first answer (who, when, why), never edited in place; the audit log
/// records it, and the books and the disclosure read the latest.
@Suite struct PayeeCorrectionTests {
    let f: FundsFixture
    init() throws { f = try FundsFixture() }

    func correct(_ payee: String = "长寿路食府", to kind: PayeeKind, reason: String = "饭店误选为个人", by person: Person? = nil) throws {
        try f.database.correctPayeeKind(PayeeCorrection(payee: payee, kind: kind, reason: reason), by: (person ?? f.secretary).id,
                                        at: Fixture.start)
    }

    @Test func aCorrectionIsANewRowTheBooksAndTheDisclosureRead() throws {
        try f.request("80", payee: "长寿路食府", payeeKind: .person)
        try correct(to: .organisation)
        #expect(try f.book().payeeKinds["长寿路食府"] == .organisation)
        #expect(try f.database.rawString("SELECT kind FROM payee WHERE name = '长寿路食府'") == PayeeKind.person.rawValue,
                "the first answer stays as it was given")
        #expect(try f.database.rawString("SELECT reason FROM payee_correction") == "饭店误选为个人")
        let kinds = try f.book().payeeKinds
        #expect(PayeeDisclosure.shown("长寿路食府", kind: kinds["长寿路食府"], inPublic: true) == "长寿路食府",
                "the public disclosure names a 单位 and no longer prints 个人")
        try correct(to: .person, reason: "核实后确为个人")
        #expect(try f.book().payeeKinds["长寿路食府"] == .person, "the latest correction wins")
        #expect(try f.database.rawInt("SELECT count(*) FROM payee_correction") == 2)
    }

    @Test func theAuditLogSaysWhoWhenAndWhy() throws {
        try f.request("80", payee: "长寿路食府", payeeKind: .person)
        try correct(to: .organisation, by: f.director)
        let row = try f.database.pool.read { db in
            try Row.fetchOne(db, sql: "SELECT actor_id, detail FROM audit_log WHERE action = 'payee.correct'")
        }
        #expect(row?["actor_id"] as Int64? == f.director.id)
        #expect((row?["detail"] as String?)?.contains("饭店误选为个人") == true)
    }

    @Test func sqliteRefusesAnEditOfEitherRow() throws {
        try f.request("80", payee: "长寿路食府", payeeKind: .person)
        try correct(to: .organisation)
        #expect(throws: DatabaseError.self) { try f.database.rawWrite("UPDATE payee SET kind = 'unit'") }
        #expect(throws: DatabaseError.self) { try f.database.rawWrite("UPDATE payee_correction SET kind = 'person'") }
        #expect(throws: DatabaseError.self) { try f.database.rawWrite("DELETE FROM payee_correction") }
    }

    @Test func noReasonNoChangeOrTheWrongRoleIsRefused() throws {
        try f.request("80", payee: "长寿路食府", payeeKind: .person)
        #expect(throws: StorageError.self) { try correct(to: .organisation, reason: "  ") }
        #expect(throws: StorageError.self) { try correct(to: .person) }
        do {
            try correct(to: .organisation, by: f.bookkeeper)
            Issue.record("a bookkeeper corrected a payee's kind")
        } catch let error as StorageError {
            #expect(error.message.contains("可以更正收款方的单位/个人类型") && error.message.contains("本程序的做法"), "\(error.message)")
        }
        #expect(try f.database.rawInt("SELECT count(*) FROM payee_correction") == 0)
        #expect(try f.book().payeeKinds["长寿路食府"] == .person)
    }

    @Test func anImportedPayeeNeverAskedGetsItsFirstAnswer() throws {
        let csv = "申请日期,经费类别,用途类别,项目,金额,收款方,支付方式,申请人,书记审批,主任审批,街镇审核编号,支付日期\n"
            + "2024-03-01,党组织服务群众专项经费,群众活动类项目,重阳节敬老活动,300,曹杨五金店,银行转账,陈杰,王书记,李主任,,\n"
        let rows = try ExpenseImport.parse(csv, today: FundsFixture.day("2024-06-30")).get()
        try f.database.importExpenses(rows, by: f.secretary.id, at: Fixture.start, dryRun: false, rules: FundsFixture.rules)
        #expect(try f.book().payeeKinds["曹杨五金店"] == nil)
        try correct("曹杨五金店", to: .organisation, reason: "导入的收款方，核实为单位")
        #expect(try f.book().payeeKinds["曹杨五金店"] == .organisation)
        #expect(try f.database.rawInt("SELECT count(*) FROM payee_correction") == 0)
    }

    @Test func aNameNoExpenseUsesIsRefused() throws {
        #expect(throws: StorageError.self) { try correct("从未用过的收款方", to: .organisation) }
    }
}
