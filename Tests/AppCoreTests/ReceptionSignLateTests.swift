import AppCore
import AppRuntime
import Domain
import Foundation
import Storage
import Testing

/// A resident's signature that reaches a month whose points card the 书记 has already signed does not
/// count until the card is recomputed, and the desk is told so instead of being promised the points.
@Suite struct ReceptionSignLateTests {
    @Test("signing a record of a signed month says it waits for the recompute; of an open month, what it earns")
    func signedAfterTheCard() throws {
        let h = try RuntimeFlowTests.Harness()
        let db = h.runner.database
        let me = try db.initialize(committee: Fixtures.committee, adminName: "王秀兰", adminRoles: [.secretary, .worker], pin: "2580",
                                   at: h.clock.now)
        let rules = try RuleBook.bundled().rules(on: LocalDate(iso: "2026-10-31")!)
        func record(on day: String) throws -> ReceptionRecord {
            let at = VisitTime.instant(day + " 10:00")!
            return try db.addReception(ReceptionDraft(at: at, residentName: "张桂英", room: "12号楼301室", category: "社会救助",
                                                      question: "低保怎么申请"), by: me.id, at: at)
        }
        let october = try record(on: "2026-10-20"), november = try record(on: "2026-11-20")
        _ = try db.signPointsCard(worker: me.id, month: Month(year: 2026, month: 10)!, by: me.id, at: h.clock.now, rules: rules)

        let late = h.runner.run(.reception(.sign(id: october.id, user: me)))
        guard case .reception(.saved(_, let change))? = late else { Issue.record("\(String(describing: late))"); return }
        #expect(change == .signedAfterCard)
        let now = h.runner.run(.reception(.sign(id: november.id, user: me)))
        guard case .reception(.saved(_, let other))? = now else { Issue.record("\(String(describing: now))"); return }
        #expect(other == .signed)

        var state = Fixtures.mainState()
        _ = AppUpdate.update(&state, late!)
        #expect(state.message?.text.contains("2026年10月的积分卡已由书记签名") == true, "\(state.message?.text ?? "")")
        #expect(state.message?.text.contains("计 0.2 分") == false)
    }
}
