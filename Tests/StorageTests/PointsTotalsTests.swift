import Crypto
import Domain
import Foundation
import Testing
@testable import Storage

/// Signed yearly totals: exported signed with the committee's Ed25519 key, imported by the street
/// office only from a key it trusted once by fingerprint, forged or impossible totals refused.
@Suite struct PointsTotalsTests {
    let fixture: DatabaseFixture
    let other: OtherCommittee
    let rules = try! RuleSet.bundledPutuo2017()
    var db: AppDatabase { fixture.database }
    let late = ShanghaiCalendar.startOfDay(LocalDate(year: 2026, month: 12, day: 1)!)

    init() throws {
        fixture = try DatabaseFixture()
        other = try OtherCommittee()
    }

    func otherTotals(_ zhao: String = "120.3", year: Int = 2026, months: Int = 12) -> [PointsYearTotal] {
        [PointsYearTotal(streetOffice: "长征镇", committee: "梅川二居委会", name: "赵敏", year: year, months: months,
                         total: try! Points.parse(zhao).get()),
         PointsYearTotal(streetOffice: "长征镇", committee: "梅川二居委会", name: "钱涛", year: year, months: 11, total: 998)]
    }

    @Test func signedMonthsAddUpAndTheExportReadsBack() throws {
        let li = try db.addWorker("李明", by: fixture.admin)
        try db.addPointsLine(PointsLine(.training, .count(2), evidence: "区社工培训通知"), worker: li.id, month: Month(year: 2026, month: 10)!,
                             by: fixture.admin.id, at: late, rules: rules)
        for month in [10, 11] { try db.signPointsCard(worker: li.id, month: Month(year: 2026, month: month)!, by: fixture.admin.id, at: late, rules: rules) }
        let totals = try db.pointsYearTotals(year: 2026, rules: { _ in rules })
        #expect(totals == [PointsYearTotal(streetOffice: "长征镇", committee: "长征镇梅川一居委会", name: "李明", year: 2026, months: 2, total: 10)])
        let text = try db.signedPointsTotalsFile(totals, at: late)
        #expect(text.hasPrefix("\u{FEFF}街镇,居委会,姓名,年度,已签名月数,年度积分\r\n长征镇,长征镇梅川一居委会,李明,2026,2,1.0\r\n公钥,"))
        let signed = try PointsTotalsFile.parse(text).get()
        #expect(signed.totals == totals)
        #expect(signed.fingerprint == (try db.signingKeyFingerprint(at: late)))
        #expect(signed.fingerprint.count == 19, "four groups of four hex digits")
        #expect(try db.rawInt("SELECT count(*) FROM audit_log WHERE action = 'committee.key.create'") == 1, "made once, audited")
        #expect(storageErrorKind { try db.importPointsTotals(signed, trust: signed.fingerprint, by: fixture.admin.id, at: late) } == .invalidInput)
    }

    @Test func aCommitteesKeyIsTrustedOnceByFingerprintThenItsFilesImport() throws {
        let signed = try PointsTotalsFile.parse(try other.file(otherTotals())).get()
        let unknown = storageError { try db.importPointsTotals(signed, by: fixture.admin.id, at: late) }
        #expect(unknown?.message.hasPrefix("尚未信任梅川二居委会的公钥，未导入") == true)
        #expect(unknown?.message.contains(signed.fingerprint) == false, "the fingerprint comes by phone, not from the message")
        let wrong = storageError { try db.importPointsTotals(signed, trust: "0000-0000-0000-0000", by: fixture.admin.id, at: late) }
        #expect(wrong?.message == "--trust 给出的指纹 0000-0000-0000-0000 与本文件签名公钥的指纹不同：文件不是电话核对过的那个居委会签名的，未导入")
        #expect(try db.importedPointsTotals(year: 2026).isEmpty)
        let spoken = try other.database.signingKeyFingerprint(at: late).uppercased()
        try db.importPointsTotals(signed, trust: spoken, by: fixture.admin.id, at: late)
        #expect(try db.importedPointsTotals(year: 2026).map(\.name) == ["赵敏", "钱涛"])
        #expect(storageErrorKind { try db.importPointsTotals(signed, by: fixture.admin.id, at: late) } == .duplicateName)
        let next = try PointsTotalsFile.parse(try other.file(otherTotals(year: 2025))).get()
        #expect(try db.importPointsTotals(next, by: fixture.admin.id, at: late) == 2, "trusted once, then checked without asking")
        #expect(throws: (any Error).self) { try db.rawWrite("UPDATE points_imported_total SET total = 0") }
        #expect(throws: (any Error).self) { try db.rawWrite("UPDATE trusted_committee_key SET public_key = zeroblob(32)") }
    }

    /// Issue 17 item 7: a file giving a worker 999.9 points imported and ranked first.
    @Test func forgedTotalsAreRefused() throws {
        try db.importPointsTotals(try PointsTotalsFile.parse(try other.file(otherTotals(year: 2025))).get(),
                                  trust: try other.database.signingKeyFingerprint(at: late), by: fixture.admin.id, at: late)
        let genuine = try other.file(otherTotals())
        let rows = Array(genuine.dropFirst().components(separatedBy: "\r\n").prefix(3)).map { $0.replacingOccurrences(of: "120.3", with: "999.9") }
        let body = rows.map { $0 + "\r\n" }.joined()
        let recomputed = "\u{FEFF}" + body + "SHA-256," + SHA256.hash(data: Data(body.utf8)).map { String(format: "%02x", $0) }.joined() + "\r\n"
        #expect(parseFailure(recomputed)?.contains("没有居委会签名") == true, "a checksum anyone can recompute proves nothing")
        let altered = genuine.replacingOccurrences(of: "赵敏,2026,12,120.3", with: "赵敏,2026,12,999.9")
        #expect(altered != genuine)
        #expect(parseFailure(altered)?.contains("签名不符") == true)
        let ownKey = try PointsTotalsFile.text(otherTotals("150.3"), signingWith: Curve25519.Signing.PrivateKey())   // in range
        let forged = try PointsTotalsFile.parse(ownKey).get()
        #expect(storageError { try db.importPointsTotals(forged, trust: forged.fingerprint, by: fixture.admin.id, at: late) }?
            .message.contains("不是该居委会签名的文件") == true, "a key of one's own is not the committee's")
        #expect(try db.importedPointsTotals(year: 2026).isEmpty)
    }

    /// Totals no signed card could produce are refused even under a trusted signature, with the line and the numbers.
    @Test(arguments: [("999.9", 2026, 12, "年度积分 999.9 不是 12 张已签名积分卡能合计出的（应在 -240.0 到 720.0 之间"),
                      ("-60.1", 2026, 3, "年度积分 -60.1 不是 3 张已签名积分卡能合计出的（应在 -60.0 到 180.0 之间"),
                      ("12.0", 2099, 12, "年度 2099 不在 2017–2026 之间"),
                      ("12.0", 2026, 0, "已签名月数 0 不在 1–12 之间")])
    func impossibleTotalsAreRefused(_ points: String, _ year: Int, _ months: Int, _ message: String) throws {
        let signed = try PointsTotalsFile.parse(try other.file(otherTotals(points, year: year, months: months))).get()
        let refusal = #expect(throws: StaffImportFailure.self) {
            try db.importPointsTotals(signed, trust: signed.fingerprint, by: fixture.admin.id, at: late)
        }
        #expect(refusal?.problems.first?.line == 2)
        #expect(refusal?.problems.first?.message.hasPrefix(message) == true, "\(refusal?.problems.first?.message ?? "")")
        #expect(try db.importedPointsTotals(year: year).isEmpty)
        #expect(try db.rawInt("SELECT count(*) FROM trusted_committee_key") == 0, "nothing changed")
    }

    /// A month of −20.0 is possible where a rule set has no visit floor (−5 for no visits, −5 and −10 deducted).
    @Test func aMonthAtTheLowestARuleSetWithoutAVisitFloorAllowsIsAccepted() throws {
        let signed = try PointsTotalsFile.parse(try other.file(otherTotals("-20.0", months: 1))).get()
        try db.importPointsTotals(signed, trust: signed.fingerprint, by: fixture.admin.id, at: late)
        #expect(try db.importedPointsTotals(year: 2026).contains { $0.name == "赵敏" && $0.total == -200 })
    }

    private func parseFailure(_ text: String) -> String? {
        guard case .failure(let failure) = PointsTotalsFile.parse(text) else { return nil }
        return failure.problems.first?.message
    }

    private func storageError(_ body: () throws -> Void) -> StorageError? {
        do { try body() } catch let error as StorageError { return error } catch {}
        return nil
    }
}

/// Another committee of the street, with its own database and key, that exports its totals.
final class OtherCommittee {
    let temp: TempDatabase
    let database: AppDatabase

    init() throws {
        temp = try TempDatabase()
        database = try temp.open()
        _ = try database.initialize(committee: Committee(name: "梅川二居委会", streetOffice: "长征镇"), adminName: "赵书记",
                                    adminRoles: [.secretary], pin: Fixture.adminPin, at: Fixture.start)
    }

    deinit { temp.remove() }

    /// `totals` as this committee's signed export.
    func file(_ totals: [PointsYearTotal]) throws -> String {
        try database.signedPointsTotalsFile(totals, at: Fixture.start)
    }
}
