import Domain
import Foundation
import GRDB
import Testing
@testable import Storage

/// The batch path of `import visits`: the same rows, records and audit rows as one visit at a
/// time would write, the hand-written JSON and dates equal to Foundation's, all or nothing.
@Suite struct ImportBatchTests {
    let fixture: DatabaseFixture
    var db: AppDatabase { fixture.database }
    /// 2026-12-01 09:00 in Shanghai.
    let now = ShanghaiCalendar.startOfDay(LocalDate(year: 2026, month: 12, day: 1)!).addingTimeInterval(9 * 3600)
    static let header = "走访时间,走访人,走访居民姓名,楼室号,家庭成员情况,走访事由,困难或诉求,备注,走访类型\n"

    init() throws {
        fixture = try DatabaseFixture()
    }

    /// `count` visits by the secretary over November 2026, to `rooms` different rooms.
    func visitsFile(_ count: Int, rooms: Int) -> String {
        Self.header + (0..<count).map { i in
            let day = 1 + i % 30, hour = 8 + i % 10, minute = i % 60
            let at = String(format: "2026-11-%02d %02d:%02d", day, hour, minute)
            return "\(at),王书记,居民\(i % 7),\(1 + i % rooms)号楼\(100 + i % 3)室,独居,了解近况,\(i % 5 == 0 ? "楼道灯坏了" : ""),,\(i % 2 == 0 ? "一般走访" : "条线走访")\n"
        }.joined()
    }

    // MARK: - The import

    @Test func eachRecordReturnedIsTheRowAsStoredAndEachHasItsAuditRow() throws {
        let rows = try VisitImport.parse(visitsFile(120, rooms: 15), now: now).get()
        let before = try db.verifyAuditChain().count
        let records = try db.importVisits(rows, by: fixture.admin.id, at: now, dryRun: false, addHouseholds: true)
        #expect(records.count == 120)
        for record in records { #expect(try db.visit(id: record.id) == record) }
        let rooms = Set(records.map(\.room))
        #expect(try db.households().map(\.room).sorted() == rooms.sorted())

        let entries = try db.auditEntries(limit: 1000).filter { $0.id > before }.reversed()
        #expect(entries.count == 1 + rooms.count + 120)
        #expect(entries.first?.action == "visit.import" && entries.first?.detail == #"{"count":"120"}"#)
        #expect(entries.filter { $0.action == "household.add" }.count == rooms.count)
        let visitRows = entries.filter { $0.action == "visit.add" }
        #expect(visitRows.compactMap(\.entityID) == records.map(\.id))
        let first = records[0]
        #expect(visitRows.first?.detail
            == #"{"day":"\#(first.date.iso)","kind":"\#(first.kind.rawValue)","room":"\#(first.room)","source":"import","worker":"王书记"}"#)
        #expect(try db.verifyAuditChain() == AuditChainReport(count: before + entries.count, firstBrokenID: nil))
    }

    @Test func aRoomAddedByAnEarlierRowIsTheHouseholdOfALaterOne() throws {
        let rows = try VisitImport.parse(visitsFile(30, rooms: 2), now: now).get()
        let records = try db.importVisits(rows, by: fixture.admin.id, at: now, dryRun: false, addHouseholds: true)
        let households = try db.households()
        #expect(households.count == 6)
        for record in records { #expect(households.first { $0.room == record.room }?.id == record.householdID) }
        #expect(households.first { $0.room == records[0].room }?.head == records[0].residentName)
    }

    @Test func aBadRowInTheMiddleIsNamedByLineAndNothingIsWritten() throws {
        var lines = visitsFile(50, rooms: 5).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[31] = lines[31].replacingOccurrences(of: "王书记", with: "不在册")
        let rows = try VisitImport.parse(lines.joined(separator: "\n"), now: now).get()
        let audit = try db.verifyAuditChain().count
        do {
            _ = try db.importVisits(rows, by: fixture.admin.id, at: now, dryRun: false, addHouseholds: true)
            Issue.record("a visit by an unknown worker was accepted")
        } catch let failure as StaffImportFailure {
            #expect(failure.problems.map(\.line) == [32])
        }
        #expect(try db.rawInt("SELECT count(*) FROM visit") == 0)
        #expect(try db.households().isEmpty)
        #expect(try db.verifyAuditChain() == AuditChainReport(count: audit, firstBrokenID: nil))
    }

    @Test func aDryRunChecksEverythingAndWritesNothing() throws {
        let rows = try VisitImport.parse(visitsFile(40, rooms: 4), now: now).get()
        let audit = try db.verifyAuditChain().count
        #expect(try db.importVisits(rows, by: fixture.admin.id, at: now, dryRun: true, addHouseholds: true).count == 40)
        #expect(try db.rawInt("SELECT count(*) FROM visit") == 0)
        #expect(try db.verifyAuditChain().count == audit)
    }

    @Test func anImportedVisitsAuditRowChangedOrDeletedBreaksTheChain() throws {
        let rows = try VisitImport.parse(visitsFile(20, rooms: 3), now: now).get()
        let records = try db.importVisits(rows, by: fixture.admin.id, at: now, dryRun: false, addHouseholds: true)
        let id = try #require(try db.rawInt("SELECT id FROM audit_log WHERE action = 'visit.add' AND entity_id = ?", [records[7].id]))
        try db.rawWrite("DROP TRIGGER audit_log_no_update")
        try db.rawWrite("UPDATE audit_log SET detail = replace(detail, 'import', 'manual') WHERE id = ?", [id])
        #expect(try db.verifyAuditChain().firstBrokenID == Int64(id))
        try db.rawWrite("DROP TRIGGER audit_log_no_delete")
        try db.rawWrite("DELETE FROM audit_log WHERE id = ?", [id])
        #expect(try db.verifyAuditChain().firstBrokenID == Int64(id + 1))
    }

    // MARK: - Written by hand, the same as Foundation's

    @Test func theDetailJSONIsWhatJSONEncoderWrites() throws {
        let values = ["", "1号楼101室", "a\"b", #"back\slash"#, "a/b", "tab\there", "line\nbreak", "cr\r", "\u{01}\u{1f}\u{7f}",
                      "\u{08}\u{0c}", "\u{2028}\u{2029}", "😀家", "  spaced  ", "{\"json\":1}"]
        let keySets = [["room", "worker", "day", "kind", "source"], ["head", "tags", "zone", "room", "source"], ["count"],
                       ["a_b", "aab", "a.b", "ab", "a"], ["hasPin", "name", "Zeta", "alpha"], ["from.户主", "to.户主", "room"],
                       ["k10", "k9", "k1"], []]
        for keys in keySets {
            for (offset, _) in values.enumerated() {
                let detail = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, values[($0 + offset) % values.count]) })
                #expect(try AuditLog.detailJSON(detail) == AuditLog.encodedJSON(detail), "\(detail)")
            }
        }
    }

    @Test func storedDatesAreWhatGRDBWrites() {
        var generator = SystemRandomNumberGenerator()
        var instants: [Date] = [0, 59, 86_399, 86_400, 951_782_400, 1_709_254_800, 4_102_444_800, 253_402_300_799]
            .map { Date(timeIntervalSince1970: $0) }
        instants += (0..<2000).map { _ in Date(timeIntervalSince1970: TimeInterval(Int.random(in: 0..<4_102_444_800, using: &generator))) }
        instants += [Date(timeIntervalSince1970: 1_709_254_800.25), Date(timeIntervalSince1970: -86_400 * 365), Date()]
        for date in instants { #expect(StoredDate.databaseValue(date) == date.databaseValue, "\(date.timeIntervalSince1970)") }
    }

    @Test func anISODayIsWrittenAsBefore() {
        for (y, m, d) in [(2026, 11, 29), (1, 1, 1), (999, 12, 31), (9999, 2, 28), (2024, 2, 29)] {
            #expect(LocalDate(year: y, month: m, day: d)!.iso == String(format: "%04d-%02d-%02d", y, m, d))
        }
    }

    @Test func trimmingFastIsTrimming() {
        let texts = ["", " ", "a", " a ", "\t张三\n", "张三", "\u{3000}张\u{3000}", "\u{a0}x", "x\u{85}", "\u{2028}", "a b", "😀 ", "\r\n"]
        for text in texts {
            for set in [CharacterSet.whitespaces, .whitespacesAndNewlines] {
                #expect(text.trimmedFast(set) == text.trimmingCharacters(in: set), "\(Array(text.unicodeScalars))")
            }
        }
    }
}
