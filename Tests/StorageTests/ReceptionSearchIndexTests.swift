import Domain
import Foundation
import GRDB
import Testing
@testable import Storage

/// The history search through the trigram index (v20-reception-search) finds the same records, in
/// the same order, as the `instr` scan it replaces; the index follows the log and its amendments;
/// the migration fills it for a file written before it; the follow-up list comes a page at a time.
@Suite struct ReceptionSearchIndexTests {
    let fixture: DatabaseFixture
    var db: AppDatabase { fixture.database }
    var admin: Person { fixture.admin }

    init() throws { fixture = try DatabaseFixture() }

    static let surnames = ["王", "李", "张", "刘", "陈", "欧阳"]
    static let given = ["秀英", "秀", "明", "建国", "丽", "王", "小明"]
    static let subjects = ["低保", "低保家庭", "高龄老人", "残疾人", "补贴", "独居老人", "Wifi", "wifi"]
    static let matters = ["补贴申请", "申请", "证明开具", "资格认定", "信息变更", "\"引号\"事项"]
    static let departments = ["", "区民政局", "街道社区事务受理服务中心", "区残联"]
    static let categories = ["社会救助", "老龄", "民政", "残疾人"]

    /// `count` records over 120 days, a tenth of them corrected once or twice (name, question or
    /// outcome), a few replied.
    func generate(_ count: Int, seed: UInt64 = 20) throws -> [ReceptionRecord] {
        var rng = SplitMix64(seed: seed)
        var records: [ReceptionRecord] = []
        for i in 0..<count {
            let day = LocalDate(iso: "2026-07-01")!.adding(days: rng.int(0...120))
            let at = ShanghaiCalendar.startOfDay(day).addingTimeInterval(TimeInterval(rng.int(8 * 3600...17 * 3600)))
            let subject = rng.pick(Self.subjects), matter = rng.pick(Self.matters)
            let waits = rng.chance(0.3)
            let draft = ReceptionDraft(
                at: at, residentName: rng.pick(Self.surnames) + rng.pick(Self.given),
                room: "\(rng.int(1...30))号\(rng.int(1...6))0\(rng.int(1...4))室", phone: "",
                category: rng.pick(Self.categories), policyTitle: rng.chance(0.5) ? subject + matter : "",
                question: "咨询\(subject)\(matter)的条件", actionTaken: rng.chance(0.5) ? "讲解\(matter)流程" : "",
                outcome: waits ? .awaitingReply : .done, department: rng.pick(Self.departments),
                replyDue: waits ? day.adding(days: rng.int(1...10)) : nil)
            var record = try db.addReception(draft, by: admin.id, at: Fixture.start.addingTimeInterval(Double(i)))
            if rng.chance(0.1) {
                var corrected = record.content
                corrected.residentName = rng.pick(Self.surnames) + "桂兰"
                corrected.question = "更正：咨询\(rng.pick(Self.subjects))的材料"
                corrected.outcome = corrected.outcome == .awaitingReply ? .done : .awaitingReply
                corrected.replyDue = corrected.outcome == .awaitingReply ? day.adding(days: rng.int(1...10)) : nil
                record = try db.amendReception(record.id, content: corrected, reason: "更正", by: admin.id, at: Fixture.start)
                if rng.chance(0.3) {
                    corrected.room = "99号909室"
                    record = try db.amendReception(record.id, content: corrected, reason: "再更正", by: admin.id, at: Fixture.start)
                }
            }
            if record.awaitsReply, rng.chance(0.2) {
                record = try db.replyReception(record.id, text: "已答复", satisfaction: .satisfied, by: admin.id, at: Fixture.start)
            }
            records.append(record)
        }
        return records
    }

    /// The search before the index: every term by `instr` over the log and its amendments.
    func scanned(_ query: ReceptionQuery) throws -> [Int64] {
        let (condition, arguments) = query.condition(indexed: false) { _, _ in false }
        return try db.pool.read { db in try ReceptionTable.fetch(where: condition, arguments, limit: query.limit, in: db) }.map(\.id)
    }

    /// The search as the program runs it, and with every term forced through the index, read in each order.
    func indexed(_ query: ReceptionQuery) throws -> [[Int64]] {
        let (condition, arguments) = query.condition(indexed: true) { _, _ in false }
        return try [db.receptions(query).map(\.id)] + [ReceptionTable.ReadOrder.newestFirst, .byIDs, .planner].map { order in
            try db.pool.read { db in try ReceptionTable.fetch(where: condition, arguments, limit: query.limit, order: order, in: db) }.map(\.id)
        }
    }

    static let queries: [ReceptionQuery] = [
        // One character, two, three, longer; in names, rooms, categories and the text fields.
        .init(name: "王"), .init(name: "秀"), .init(name: "王秀"), .init(name: "秀英"), .init(name: "王秀英"), .init(name: "欧阳小明"),
        .init(name: "桂兰"), .init(name: "王桂兰"), .init(name: "赵"),
        .init(room: "3"), .init(room: "30"), .init(room: "301"), .init(room: "12号"), .init(room: "99号909室"), .init(room: "号"),
        .init(category: "民"), .init(category: "民政"), .init(category: "社会救助"),
        .init(text: "低"), .init(text: "低保"), .init(text: "低保家"), .init(text: "补贴申请"), .init(text: "更正"),
        .init(text: "更正：咨询"), .init(text: "区"), .init(text: "区残联"), .init(text: "流程"), .init(text: "的材料"),
        .init(text: "wifi"), .init(text: "Wifi"), .init(text: "WIFI"), .init(text: "\"引号\""), .init(text: "号\"事"),
        .init(text: "不存在的词"), .init(text: "件"), .init(text: " 低保 "),
        // Mixed: several parts at once, with dates and a small limit.
        .init(name: "王", text: "低保"), .init(name: "李", room: "1", text: "补贴"), .init(name: "王秀英", category: "老龄"),
        .init(room: "号", text: "申请", from: LocalDate(iso: "2026-08-01"), through: LocalDate(iso: "2026-09-15")),
        .init(text: "申", limit: 7), .init(name: "张", limit: 3), .init(limit: 20),
    ]

    @Test("every query finds the same records in the same order as the instr scan, amended records included")
    func sameResultsAsTheScan() throws {
        let records = try generate(300)
        #expect(records.contains { !$0.amendments.isEmpty })
        var nonEmpty = 0
        for query in Self.queries {
            let before = try scanned(query)
            for found in try indexed(query) { #expect(found == before, "\(query)") }
            if !before.isEmpty { nonEmpty += 1 }
        }
        #expect(nonEmpty >= Self.queries.count - 3)   // the comparison is about records, not empty lists
        // A term found only in an amendment finds the amended record; one only in the original, too.
        let amended = try #require(records.first { $0.amendments.count == 2 })
        #expect(try db.receptions(ReceptionQuery(room: "99号909室")).map(\.id).contains(amended.id))
        #expect(try db.receptions(ReceptionQuery(room: amended.original.room)).map(\.id).contains(amended.id))
    }

    @Test("the index follows every record and amendment added, and the migration fills it for an older file")
    func indexFollowsTheLogAndTheMigrationFillsIt() throws {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue, upTo: Migration.receptionVisitDutyIndexes.rawValue)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO person (id, name, created_at) VALUES (1, '王书记', '2026-01-01')")
            for (id, name, question) in [(1, "张桂英", "低保怎么申请"), (2, "李明", "高龄津贴"), (3, "王小明", "残疾人证")] {
                try db.execute(sql: """
                    INSERT INTO reception (id, at, day, worker_id, resident_name, room, category, question, outcome, created_at)
                    VALUES (?, '2026-11-0\(id) 02:00:00.000', '2026-11-0\(id)', 1, ?, '12号301室', '社会救助', ?, 'done', 'x')
                    """, arguments: [id, name, question])
            }
            try db.execute(sql: """
                INSERT INTO reception_amendment (reception_id, at, by_id, reason, content)
                VALUES (2, '2026-11-05 02:00:00.000', 1, '更正', json_object('at', 700000000.0, 'phone', '', 'residentName', '李明华', 'room', '', 'category', '老龄',
                    'question', '高龄老人营养补贴', 'actionTaken', '', 'department', '区民政局', 'policyTitle', '', 'outcome', 'done'))
                """)
        }
        try Schema.migrator.migrate(queue)
        func ids(_ query: ReceptionQuery) throws -> [Int64] {
            let (condition, arguments) = query.condition(indexed: true) { _, _ in false }
            return try queue.read { db in try ReceptionTable.fetch(where: condition, arguments, order: .newestFirst, in: db) }.map(\.id)
        }
        #expect(try ids(ReceptionQuery(name: "明")) == [3, 2])
        #expect(try ids(ReceptionQuery(name: "李明华")) == [2])
        #expect(try ids(ReceptionQuery(text: "补贴")) == [2])
        #expect(try ids(ReceptionQuery(text: "民政局")) == [2])
        #expect(try ids(ReceptionQuery(text: "低保")) == [1])
        #expect(try ids(ReceptionQuery(room: "301")) == [3, 2, 1])
        // Written after the migration: through the triggers.
        let one = try db.addReception(ReceptionDraft(at: Fixture.start, residentName: "欧阳娜娜", room: "7号", category: "民政",
                                                     question: "独生子女证补办"), by: admin.id, at: Fixture.start)
        #expect(try db.receptions(ReceptionQuery(name: "阳娜")).map(\.id) == [one.id])
        #expect(try db.receptions(ReceptionQuery(text: "子女证补")).map(\.id) == [one.id])
        var corrected = one.content
        corrected.question = "独生子女父母奖励"
        _ = try db.amendReception(one.id, content: corrected, reason: "更正", by: admin.id, at: Fixture.start)
        #expect(try db.receptions(ReceptionQuery(text: "奖励")).map(\.id) == [one.id])
        #expect(try db.receptions(ReceptionQuery(text: "补办")).map(\.id) == [one.id])   // the original still counts
    }

    @Test("a term's occurrences come from the index's vocabulary: a short one summed, a long one its rarest trigram")
    func occurrences() throws {
        _ = try generate(60)
        let columns = ["question", "action_taken", "department", "policy_title"]
        for term in ["低", "低保", "补贴申请", "的条件", "不存在"] {
            let scan = try db.pool.read { db in
                try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM reception r WHERE \(columns.map { "instr(r.\($0), ?) > 0" }.joined(separator: " OR "))
                    """, arguments: StatementArguments(Array(repeating: term, count: columns.count)))!
            }
            let estimate = try db.pool.read { db in try ReceptionSearchIndex.occurrences(term, in: columns, db) }
            #expect(estimate >= scan, "\(term)")   // an upper bound on the records holding it
            #expect((estimate == 0) == (scan == 0) || term.unicodeScalars.count >= 3, "\(term)")
        }
    }

    @Test("the follow-ups come a page at a time in the order of the whole list, with the whole list's counts")
    func followUpPages() throws {
        let records = try generate(240, seed: 7)
        let all = try db.receptions(ReceptionQuery(limit: -1))
        let expected = ReplyDeadline.followUps(all)
        #expect(expected.count > 30 && expected.contains { !$0.amendments.isEmpty })
        #expect(records.contains { !$0.amendments.isEmpty && $0.original.outcome == .awaitingReply && !$0.awaitsReply })
        let today = LocalDate(iso: "2026-09-01")!
        var pages: [ReceptionRecord] = []
        var offset = 0
        while true {
            let page = try db.receptionFollowUps(today: today, offset: offset, limit: 25)
            #expect(page.total == expected.count)
            #expect(page.overdue == expected.filter { $0.content.replyDue! < today }.count)
            pages += page.records
            offset += page.records.count
            if !page.hasMore { break }
        }
        #expect(pages == expected)
        #expect(try db.receptionFollowUps(today: today, limit: -1).records == expected)
    }
}
