import AppCore
import Domain
import Foundation

/// A visit board for the AppCore tests: 2026-11-29 (a Sunday) for the secretary, with a registry.
enum VisitFixtures {
    static let rules: RuleSet = try! RuleBook.bundled().ruleSets[0]
    static let calendar: WorkingDayCalendar = try! WorkingDayCalendar.bundled()
    static let today = ShanghaiCalendar.day(of: Fixtures.now)

    static let households = [
        Household(id: 1, room: "12号楼301室", tags: ["独居老人"], head: "张桂英", members: "独居，子女在外地", phone: "13812341234", zone: "一片"),
        Household(id: 2, room: "12号楼302室", head: "李国强", members: "夫妻二人", zone: "一片"),
        Household(id: 3, room: "3号楼101室", tags: ["困难家庭"], head: "陈伯", zone: "二片"),
    ]

    /// `count` visits by `worker` this month, each to a different household.
    static func visits(_ count: Int, worker: Person = Fixtures.secretary) -> [VisitRecord] {
        (0..<count).map { (i: Int) -> VisitRecord in
            let at: Date = Fixtures.now.addingTimeInterval(Double(-i) * 43_200)
            let room: String = "\(i / 4 + 1)号楼\(i % 4 + 1)01室"
            return VisitRecord(id: Int64(i + 1), at: at, workerID: worker.id, workerName: worker.name,
                               householdID: Int64(100 + i), room: room, residentName: "居民\(i + 1)", reason: "日常走访")
        }
    }

    static func board(_ visits: [VisitRecord], user: Person = Fixtures.secretary) -> VisitBoard {
        let last = [Int64(2): LocalDate(iso: "2026-11-02")!]
        return VisitBoard.make(user: user, allZones: false, today: today, monthVisits: visits, households: households,
                               lastVisits: last, workers: [Fixtures.secretary, Fixtures.worker], calendar: calendar, rules: rules)
    }

    /// The main state on the visit tab with `board` loaded.
    static func state(_ board: VisitBoard, user: Person = Fixtures.secretary) -> AppState {
        var s = Fixtures.mainState(user)
        _ = AppUpdate.update(&s, .key(.char("2")))
        _ = AppUpdate.update(&s, .visits(.loaded(board)))
        return s
    }
}
