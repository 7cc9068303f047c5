import AppCore
import AppRuntime
import DataFile
import Domain
import Foundation
import ScreenKit
import Storage
import Testing

/// Residents' details: opening them is written to the audit log (who, which record, when), the
/// secretary lists those looks, and no failure puts a resident's name, phone or room into a
/// message or the log.
@Suite struct PersonalDataTests {
    typealias Harness = RuntimeFlowTests.Harness

    /// Recognisable details of one resident, looked for in every message and log row.
    static let name = "欧阳秀珍", phone = "13912345678", room = "88号楼808室", otherRoom = "99号楼909室"
    static let secrets = [name, phone, room, otherRoom, "女儿在外地", "腿脚不便"]

    /// A secretary (2580), a worker (1357) who visited the resident this month.
    func harness() throws -> (Harness, secretary: Person, worker: Person) {
        let h = try Harness()
        let db = h.runner.database
        let secretary = try db.initialize(committee: Fixtures.committee, adminName: "王秀兰", adminRoles: [.secretary],
                                          pin: "2580", at: h.clock.now)
        let worker = try db.addPerson(name: "李明", roles: [.worker], zone: "一片", pin: "1357", by: secretary.id, at: h.clock.now)
        _ = try db.addHousehold(Household(id: 0, room: Self.room, tags: ["独居老人"], head: Self.name, members: "独居，女儿在外地",
                                          phone: Self.phone, zone: "一片"), by: secretary.id, at: h.clock.now)
        let draft = VisitDraft(at: h.clock.now.addingTimeInterval(-86_400 * 3), residentName: Self.name, room: Self.room,
                               members: "独居，女儿在外地", reason: "了解近况", difficulty: "腿脚不便")
        _ = try db.addVisit(draft, by: worker.id, at: h.clock.now, addHousehold: false)
        h.pump([.loadStartup])
        return (h, secretary, worker)
    }

    func login(_ h: Harness, _ index: Int, _ pin: String) {
        if h.state.main != nil { h.press(.function(9)) }
        for _ in 0..<index { h.press(.down) }
        h.press(.enter); h.type(pin); h.press(.enter)
    }

    // MARK: - Looks are logged

    @Test("opening a household, its edit form and a visit's paper form are each written to the audit log")
    func looksAreLogged() throws {
        let (h, secretary, worker) = try harness()
        login(h, 1, "1357")
        h.press(.char("2"), .enter)
        #expect(h.screen.contains("住户：\(Self.room)"))
        h.press(.char("e"))
        h.press(.escape, .escape)
        h.press(.char("p"))
        let views = try h.runner.database.recordViews(month: Month(year: 2026, month: 11), by: secretary.id)
        #expect(views.map(\.record.kind) == [.visit, .household, .household])
        #expect(views.allSatisfy { $0.viewer == worker.name && $0.at == h.clock.now })
        #expect(try h.runner.database.recordViews(month: Month(year: 2026, month: 10), by: secretary.id).isEmpty)
    }

    @Test("the secretary lists who looked at what from the people screen; a worker is refused")
    func secretaryListsLooks() throws {
        let (h, _, _) = try harness()
        login(h, 1, "1357")
        h.press(.char("2"), .enter)
        h.press(.function(2), .char("l"))
        #expect(h.state.message?.text == "只有书记可以查看谁看过居民的详细信息（本程序的做法：原文未规定；查看记录涉及居民个人信息）")
        login(h, 0, "2580")
        h.press(.function(2), .char("l"))
        #expect(h.screen.contains("查看记录：谁打开过居民的详细信息"))
        #expect(h.screen.contains("2026-11-29 10:00") && h.screen.contains("李明") && h.screen.contains("住户 #1"))
        h.press(.escape)
        #expect(h.screen.contains("人员管理"))
        h.press(.escape)
        #expect(!h.screen.contains("人员管理"))
    }

    // MARK: - No personal data in messages or the log

    @Test("failures with a resident's name, phone and room never repeat them, nor does the audit log of looks")
    func noPersonalDataInMessages() throws {
        let (h, secretary, worker) = try harness()
        let db = h.runner.database
        let mark = try db.auditEntries(limit: 1).first?.id ?? 0
        var messages: [String] = []

        // Imports: a file without its header, bad phones, an unknown and a repeated room.
        let rules = try RuleSet.bundledPutuo2017()
        let rows = ["\(Self.room),\(Self.name),女儿在外地,\(Self.phone),,一片",
                    "\(Self.otherRoom),\(Self.name),,\(Self.phone)x,,一片",
                    "\(Self.room),\(Self.name),,1391234,,一片"]
        for text in [rows.joined(separator: "\n"), ([HouseholdImport.header.joined(separator: ",")] + rows).joined(separator: "\n")] {
            if case .failure(let f) = HouseholdImport.parse(text, rules: rules) { messages += f.problems.map(\.message) }
        }
        let visits = VisitImport.header.joined(separator: ",") + "\n2026-11-20 10:00,李明,\(Self.name),\(Self.otherRoom),,看望,,,\n"
        let parsed = try VisitImport.parse(visits, now: h.clock.now).get()
        do { _ = try db.importVisits(parsed, by: secretary.id, at: h.clock.now, dryRun: false, addHouseholds: false) } catch {
            messages.append("\(error)")
        }
        if case .failure(let e) = CSVBytes.text(Data([0xC5, 0xB7]) + Data(Self.name.utf8), file: "x.csv") { messages.append(e.message) }

        // The screens' writes, through the runner: an unknown room, a household that exists already.
        let unknown = VisitDraft(at: h.clock.now, residentName: Self.name, room: Self.otherRoom, reason: "看望")
        for effect: Effect in [.visits(.save(unknown, user: worker, addHousehold: false, allZones: false))] {
            if case .failed(let text) = h.runner.run(effect) { messages.append(text) }
        }
        do { _ = try db.addHousehold(Household(id: 0, room: Self.room, head: Self.name, phone: Self.phone), by: worker.id, at: h.clock.now) }
        catch { messages.append("\(error)") }
        for typed in [Self.phone + "x", "1391234567890123456789", Self.name] {
            if case .failure(let e) = Phone.validate(typed) { messages.append(e.message) }
        }

        // Looks at the resident's records.
        h.pump([.noteViewed(ViewedRecord(.household, 1), by: worker.id), .noteViewed(ViewedRecord(.visit, 1), by: worker.id)])

        #expect(messages.count >= 8, "every failure above produced a message")
        for message in messages {
            #expect(!Self.secrets.contains(where: message.contains), "message repeats personal data: \(message)")
        }
        let logged = try db.auditEntries(limit: 1_000).filter { $0.id > mark }
        #expect(logged.map(\.action) == ["view.visit", "view.household"], "only the looks were written")
        let text = logged.map { "\($0.action) \($0.entity) \($0.detail)" }.joined(separator: "\n")
        #expect(!Self.secrets.contains(where: text.contains))
    }
}
