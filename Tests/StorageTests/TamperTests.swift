import Domain
import Foundation
import GRDB
import Testing
@testable import Storage

/// Issue 17 item 6: tampering made with the sqlite3 shell, triggers dropped first, that `check`
/// missed. Each test makes the change as the issue did (raw SQL), then asks the check.
@Suite struct TamperTests {
    let f: FundsFixture
    var db: AppDatabase { f.database }
    init() throws { f = try FundsFixture() }

    private func paidExpense(_ amount: String) throws -> ExpenseRecord {
        let record = try f.request(amount)
        try f.decide(record.id, f.secretary, as: .secretary)
        try f.decide(record.id, f.director, as: .director)
        try f.pay(record.id)
        return record
    }

    private func dropTriggers(_ tables: [String]) throws {
        for table in tables {
            try db.rawWrite("DROP TRIGGER IF EXISTS \(table)_no_update; DROP TRIGGER IF EXISTS \(table)_no_delete")
        }
    }

    private func signedCard(_ month: Int, count: Int) throws {
        let when = Month(year: 2024, month: month)!
        try db.addPointsLine(PointsLine(.training, .count(count), evidence: "区社工培训通知"), worker: f.worker.id, month: when,
                             by: f.secretary.id, at: Fixture.start, rules: FundsFixture.rules)
        try db.signPointsCard(worker: f.worker.id, month: when, by: f.secretary.id, at: Fixture.start, rules: FundsFixture.rules)
    }

    @Test func untouchedRecordsAgreeWithTheAuditLog() throws {
        _ = try paidExpense("300")
        try signedCard(2, count: 2)
        #expect(try db.auditCoverageProblems() == [])
    }

    @Test func deletingTheNewestPaidExpenseWithItsLedgerAndDecisionRowsIsFound() throws {
        _ = try paidExpense("300")
        let newest = try paidExpense("120")
        let ledger = try #require(try db.rawInt("SELECT id FROM ledger_entry WHERE expense_id = ?", [newest.id]))
        try dropTriggers(["expense", "ledger_entry", "expense_decision"])
        try db.rawWrite("DELETE FROM ledger_entry WHERE expense_id = ?", [newest.id])
        try db.rawWrite("DELETE FROM expense_decision WHERE expense_id = ?", [newest.id])
        try db.rawWrite("DELETE FROM expense WHERE id = ?", [newest.id])
        let problems = try db.auditCoverageProblems()
        #expect(problems.contains { $0.hasPrefix("审计日志记有经费支出（expense 表）第 \(newest.id) 行，表中却没有") }, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("审计日志记有台账分录（ledger_entry 表）第 \(ledger) 行，表中却没有") })
    }

    @Test func deletingAPaidExpenseFromTheMiddleIsFound() throws {
        let first = try paidExpense("300")
        _ = try paidExpense("120")
        try dropTriggers(["expense", "ledger_entry", "expense_decision"])
        try db.rawWrite("DELETE FROM ledger_entry WHERE expense_id = ?", [first.id])
        try db.rawWrite("DELETE FROM expense_decision WHERE expense_id = ?", [first.id])
        try db.rawWrite("DELETE FROM expense WHERE id = ?", [first.id])
        #expect(try db.auditCoverageProblems() == ["经费支出（expense 表）有 1 行，审计日志记有 2 行：有记录被删除",
                                                   "台账分录（ledger_entry 表）有 1 行，审计日志记有 2 行：有记录被删除"])
    }

    @Test func aSignedCardWhoseStoredLinesWereChangedIsFound() throws {
        try signedCard(1, count: 30)
        try signedCard(2, count: 2)
        try dropTriggers(["points_signature"])
        try db.rawWrite("""
            UPDATE points_signature SET lines = (SELECT lines FROM points_signature WHERE month = '2024-01') WHERE month = '2024-02'
            """)
        let problems = try db.auditCoverageProblems()
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("社工 #\(f.worker.id) 2024-02 的已签名积分卡所存内容与签名时的审计记录") == true, "\(problems)")
    }

    @Test(arguments: ["payment", "signature"])
    func deletingTheLastAuditRowIsFound(_ last: String) throws {
        _ = try paidExpense("300")
        if last == "signature" { try signedCard(2, count: 2) }
        try dropTriggers(["audit_log"])
        try db.rawWrite("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")
        #expect(try db.verifyAuditChain().isIntact, "a chain cut short still holds inside the file")
        let problems = try db.auditCoverageProblems()
        let expected = last == "payment" ? "台账分录（ledger_entry 表）第 1 行没有审计记录" : "已签名积分卡 1 张，审计日志只记有 0 次签名"
        #expect(problems.contains { $0.hasPrefix(expected) }, "\(problems)")
    }

    @Test func aLastAuditRowWithoutARecordIsFoundByTheHeadOnAReport() throws {
        _ = try paidExpense("300")
        _ = try db.addWorker("周强", by: f.secretary)   // an entry whose row is in no audited table
        let head = try db.auditChainHead()
        try dropTriggers(["audit_log"])
        try db.rawWrite("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")
        #expect(try db.verifyAuditHead(head) == ["审计日志只有 \(head.count - 1) 行，报表上的审计链头是第 \(head.count) 行：报表之后审计日志被删减"])
    }

    @Test func anAmountChangedWithItsAuditDetailAndTheChainRecomputedIsFoundByAnEarlierHead() throws {
        _ = try paidExpense("300")
        let head = try db.auditChainHead()
        #expect(try db.verifyAuditHead(head) == [])
        _ = try paidExpense("50")
        try dropTriggers(["ledger_entry", "audit_log"])
        try db.rawWrite("UPDATE ledger_entry SET amount = 3000 WHERE id = 1")
        try db.rawWrite("UPDATE audit_log SET detail = json_set(detail, '$.amount', '3000') WHERE action = 'ledger.payment' AND entity_id = 1")
        try recomputeChain()
        #expect(try db.verifyAuditChain().isIntact, "the plain SHA-256 chain is recomputed by hand")
        #expect(try db.auditCoverageProblems() == [])
        #expect(try db.verifyAuditHead(head) == ["审计日志第 \(head.count) 行的哈希与报表上的不同：此行或之前的记录被改写过（链条被人重算）"])
        #expect(try db.verifyAuditHead(try db.auditChainHead()) == [], "a head taken after the change proves nothing before it")
    }

    @Test func aHeadTokenReadsBackAndNothingElseDoes() throws {
        let head = try db.auditChainHead()
        #expect(AuditChainHead(token: head.token) == head)
        #expect(AuditChainHead(token: head.token.uppercased()) == head)
        for bad in ["", "12", "x:\(head.hash)", "-1:\(head.hash)", "3:abc", "3:\(head.hash)g"] {
            #expect(AuditChainHead(token: bad) == nil, "\(bad)")
        }
        #expect(try db.verifyAuditHead(AuditChainHead(count: head.count, hash: String(repeating: "0", count: 64))).count == 1)
    }

    /// What the attacker did after editing rows: every row's links and hash computed again.
    private func recomputeChain() throws {
        let columns = AuditLog.chainedColumns.joined(separator: ", ")
        let rows = try db.pool.read { db in try Row.fetchAll(db, sql: "SELECT \(columns) FROM audit_log ORDER BY id") }
        var prev = AuditLog.genesisHash
        for row in rows {
            let hash = AuditLog.chainHash(prevHash: prev, values: AuditLog.chainedColumns.map { row[$0] as DatabaseValue })
            try db.rawWrite("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", [prev, hash, row["id"] as Int64])
            prev = hash
        }
    }
}
