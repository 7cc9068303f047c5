import AppCore
import AppRuntime
import Domain
import Foundation
import Storage
import Testing

/// The recompute effect against a real database: a record that reaches the month between the
/// confirmation and the write makes storage refuse; the tab gets the card read again and the refusal.
@Suite struct PointsRecomputeRuntimeTests {
    static let november = Month(year: 2026, month: 11)!

    static func shanghai(_ month: Int, _ day: Int, _ hour: Int) -> Date {
        ShanghaiCalendar.startOfDay(LocalDate(year: 2026, month: month, day: day)!).addingTimeInterval(TimeInterval(hour * 3600))
    }

    @Test func aRecordArrivingAfterTheConfirmationIsRefusedAndTheCardReadAgain() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bsh-recompute-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let db = try AppDatabase.open(path: path, pinHasher: .insecureFastForTests)
        let admin = try db.initialize(committee: Fixtures.committee, adminName: "王秀兰", adminRoles: [.secretary],
                                      pin: "2580", at: Self.shanghai(10, 1, 9))
        let li = try db.addPerson(name: "李明", roles: [.worker], zone: nil, pin: nil, by: admin.id, at: Self.shanghai(10, 1, 9))
        func reception(_ day: Int, signed: Date) throws {
            let draft = ReceptionDraft(at: Self.shanghai(11, day, 9), residentName: "张阿姨", room: "12号楼301室",
                                       category: "社会救助", question: "低保怎么申请")
            _ = try db.signReception(try db.addReception(draft, by: li.id, at: Self.shanghai(11, day, 9)).id, by: li.id, at: signed)
        }
        let rules = try RuleSet.bundledPutuo2017()
        try db.signPointsCard(worker: li.id, month: Self.november, by: admin.id, at: Self.shanghai(12, 1, 9), rules: rules)
        try reception(27, signed: Self.shanghai(12, 2, 9))
        let shown = try #require(try db.pointsCardWithRecords(worker: li.id, month: Self.november, now: Self.shanghai(12, 3, 9),
                                                              rules: rules).late.first).recomputed   // the dialog: 1 次
        try reception(28, signed: Self.shanghai(12, 3, 10))   // arrives before the yes
        let runner = EffectRunner(database: db, now: { Self.shanghai(12, 4, 9) })
        let action = runner.run(.points(.recompute(worker: li.id, month: Self.november, line: shown, reason: "补签", by: admin.id)))
        guard case .points(.recomputeRefused(let card, let why))? = action else { Issue.record("\(String(describing: action))"); return }
        #expect(why.contains("确认时为 1 次 0.2 分，现为 2 次 0.4 分"), "\(why)")
        #expect(card.late.first?.recomputed.claim == .count(2))
        #expect(try db.pointsCard(worker: li.id, month: Self.november, now: Self.shanghai(12, 4, 9), rules: rules).amendments.isEmpty)
    }
}
