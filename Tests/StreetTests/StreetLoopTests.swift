import Domain
import Foundation
import GRDB
import PostgresNIO
import Testing
@testable import AppRuntime
@testable import Storage
@testable import StreetStorage

/// The loop of issue 20 on a real server: up, the street's review, back down, paid.
@Suite struct StreetLoopTests {
    static let reviewDay = LocalDate(iso: "2024-03-02")!

    @Test("620 yuan goes up, the street passes it, it comes back and is paid; 480 reaches the books, never the queue")
    func doneWhen() async throws {
        let street = try await StreetFixture()
        let (a, b) = (try CommitteeFixture(name: "长寿路第一居委会"), try CommitteeFixture(name: "长寿路第二居委会"))
        try await a.connect(street.admin, code: try await street.enrol("长寿路第一居委会"))
        try await b.connect(street.admin, code: try await street.enrol("长寿路第二居委会"))
        let big = try a.request(62_000, purpose: "重阳节慰问品")
        let small = try a.request(48_000, purpose: "茶话会点心")
        try b.request(30_000)
        #expect(throws: StorageError.self) { try a.approveLocally(big.id) }   // the street first, above 500
        try a.approveLocally(small.id)
        #expect(try await a.sync().sent > 0)
        try await b.sync()

        let queue = try await street.withOffice { try await $0.reviewQueue() }
        #expect(queue.map(\.amount) == [62_000])
        let entry = try #require(queue.first)
        #expect(entry.committee == "长寿路第一居委会" && entry.purpose == "重阳节慰问品" && entry.project == CommitteeFixture.project)
        let books = try await street.withOffice { office in
            try await office.session.rows("""
                SELECT (detail->>'amount')::bigint FROM street.item WHERE kind = 'expense.request' ORDER BY 1
                """).map { try $0.decode(Int64.self) }
        }
        #expect(books == [30_000, 48_000, 62_000])

        try await street.withOffice { office in
            try await office.pass(entry.id, number: "普街审〔2026〕17号", by: try await street.login(office), on: Self.reviewDay)
        }
        #expect(try await street.withOffice { try await $0.reviewQueue() }.isEmpty)
        let report = try await a.sync()
        #expect(report.outcomes == ["第 \(big.id) 笔支出：街道已审核、审批（普街审〔2026〕17号）"])
        let record = try #require(try a.record(big.id))
        #expect(record.review?.reference == "普街审〔2026〕17号" && record.review?.approval?.reference == "普街审〔2026〕17号")
        try a.approveLocally(big.id)
        let paid = try a.pay(big.id)
        #expect(paid.amount == 62_000)
        #expect(try await a.sync().outcomes.isEmpty)   // the decision is applied once
        #expect(try a.db.streetSyncState().pending == 0)
    }

    @Test("a returned request comes back with its reason and stays open at the committee")
    func returned() async throws {
        let street = try await StreetFixture()
        let a = try await street.connected("甲居委会")
        let big = try a.request(80_000)
        try await a.sync()
        try await street.withOffice { office in
            let id = try await office.reviewQueue()[0].id
            let person = try await street.login(office)
            await #expect(throws: StreetError(StreetText.reasonEmpty)) { try await office.returnRequest(id, reason: " ", by: person, on: Self.reviewDay) }
            try await office.returnRequest(id, reason: "缺少报价单", by: person, on: Self.reviewDay)
        }
        #expect(try await a.sync().outcomes == ["第 \(big.id) 笔支出：街道退回，理由：缺少报价单"])
        #expect(try a.record(big.id)?.review == nil)
    }

    @Test("a batch sent twice, or again after its acknowledgement was lost, creates nothing twice")
    func idempotent() async throws {
        let street = try await StreetFixture()
        let a = try await street.connected("甲居委会")
        try a.request(62_000)
        try a.request(10_000)
        let items = try a.db.streetPending()
        let head = try a.db.auditChainHead()
        let session = try await a.session()
        let link = CommitteeLink(session: session)
        try await link.send(items, head: (head.count, head.hash), previous: (0, nil))
        await session.close()
        // The acknowledgement never reached the committee: the next sync sends the same items again.
        try await a.sync()
        let counts = try await street.withOffice { office in
            try await office.session.rows("SELECT count(*), count(DISTINCT seq) FROM street.item").first!.decode((Int64, Int64).self)
        }
        #expect(counts.0 == Int64(items.count) && counts.1 == Int64(items.count))
        #expect(try await street.withOffice { try await $0.reviewQueue() }.count == 1)
    }

    @Test("a history changed after it was sent is flagged at the street and told at the committee; nothing is overwritten")
    func tampered() async throws {
        let street = try await StreetFixture()
        let a = try await street.connected("甲居委会")
        try a.request(62_000)
        try await a.sync()
        let sent = try a.db.auditChainHead()
        try await a.db.pool.write { db in
            try db.execute(sql: "DROP TRIGGER audit_log_no_update")
            try db.execute(sql: "UPDATE audit_log SET hash = ? WHERE id = ?", arguments: [String(repeating: "a", count: 64), sent.count])
        }
        try a.request(70_000)
        let error = await #expect(throws: StreetError.self) { try await a.sync() }
        #expect(error?.message == StreetSyncText.changedHistory(sent.count))
        #expect(try a.db.streetSyncState().problem == StreetSyncText.changedHistory(sent.count))
        let (flags, kept) = try await street.withOffice { office in
            (try await office.flags(), try await office.session.rows("SELECT hash FROM street.chain_head").map { try $0.decode(String.self) })
        }
        #expect(flags.map(\.committee) == ["甲居委会"])
        #expect(kept == [sent.hash])
    }

    @Test("an older backup restored (a shorter chain than the street holds) is flagged too")
    func olderBackup() async throws {
        let street = try await StreetFixture()
        let a = try await street.connected("甲居委会")
        try a.request(62_000)
        try await a.sync()
        let sent = try a.db.auditChainHead()
        try await a.db.pool.write { db in
            try db.execute(sql: "DROP TRIGGER audit_log_no_delete")
            try db.execute(sql: "DELETE FROM audit_log WHERE id >= ?", arguments: [sent.count - 1])
        }
        let error = await #expect(throws: StreetError.self) { try await a.sync() }
        #expect(error?.message == StreetSyncText.olderHistory(sent.count, local: sent.count - 2))
    }
}

extension StreetLoopTests {
    @Test("export expenses shows what came back: the street's number and reviewer, the payment and its voucher")
    func exportShowsTheStreet() async throws {
        let street = try await StreetFixture()
        let a = try await street.connected("甲居委会")
        let big = try a.request(62_000)
        try await a.sync()
        try await street.withOffice { office in
            try await office.pass(try await office.reviewQueue()[0].id, number: "普街审〔2026〕17号",
                                  by: try await street.login(office), on: Self.reviewDay)
        }
        try await a.sync()
        try a.approveLocally(big.id)
        try a.pay(big.id)
        let row = ExportExpensesCommand.row(try #require(try a.record(big.id)))
        let named = Dictionary(uniqueKeysWithValues: zip(ExportExpensesCommand.header, row))
        #expect(named["金额"] == "620.00" && named["街道审核编号"] == "普街审〔2026〕17号" && named["街道审核人"] == StreetFixture.person)
        #expect(named["街道审批编号"] == "普街审〔2026〕17号" && named["付款凭证号"] == "FP-0001" && named["支付日期"] == "2024-03-03")
        #expect(named["本会审批"]?.contains("王书记同意") == true)
    }
}
