import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// A household's page: its details and history, and the form that edits the household from it.
@Suite struct HouseholdPageTests {
    static let household = VisitFixtures.households[0]

    /// Two visits to 12号楼301室, the later one a correction of an earlier record.
    static let history: [VisitRecord] = [
        VisitRecord(id: 7, at: Fixtures.now.addingTimeInterval(-3_600), workerID: 2, workerName: "李明", householdID: 1,
                    room: household.room, residentName: "张桂英", members: "独居，子女在外地", reason: "送慰问品",
                    difficulty: "腿脚不便，希望有人代购药品", kind: .special,
                    correction: VisitCorrection(corrects: 5, reason: "事由写错", byID: 2, byName: "李明", at: Fixtures.now)),
        VisitRecord(id: 3, at: Fixtures.now.addingTimeInterval(-20 * 86_400), workerID: 1, workerName: "王秀兰", householdID: 1,
                    room: household.room, residentName: "张桂英", reason: "日常走访", kind: .special),
    ]

    func page() -> AppState {
        var s = VisitFixtures.state(VisitFixtures.board(VisitFixtures.visits(3)))
        _ = AppUpdate.update(&s, .visits(.history(Self.household, Self.history)))
        return s
    }

    func field(_ s: AppState, _ id: String) -> FormField? { s.main?.visits.editor?.form[id] }

    @Test func thePageGolden() {
        let s = page()
        Golden.assert(Fixtures.render(s), named: "visits-household")
        let text = Fixtures.screenText(s)
        #expect(text.contains("138****1234") && !text.contains("13812341234"), "the phone is masked")
        #expect(text.contains("〔更正〕送慰问品"))
    }

    @Test func eOpensTheFormWithoutShowingThePhone() {
        var s = page()
        Fixtures.send([.char("e")], to: &s)
        #expect(field(s, "head")?.text == "张桂英" && field(s, "tags")?.text == "独居老人" && field(s, "zone")?.text == "一片")
        #expect(field(s, "phone")?.text == "" && field(s, "phone")?.hint == "现 138****1234 · 留空不改，- 删除")
        Golden.assert(Fixtures.render(s), named: "visits-household-edit")
    }

    @Test func anEmptyPhoneStaysAndTheEditIsSent() {
        var s = page()
        Fixtures.send([.char("e"), .tab, .tab, .tab, .ctrl("u")], to: &s)
        Fixtures.type("独居老人、困难家庭", into: &s)
        let effects = Fixtures.send([.enter], to: &s)
        var edited = Self.household
        edited.tags = ["独居老人", "困难家庭"]
        #expect(effects == [.visits(.updateHousehold(edited, user: Fixtures.secretary, allZones: false))])
    }

    @Test func aDashRemovesThePhoneAndAnUnknownTagIsRefused() {
        var s = page()
        Fixtures.send([.char("e"), .tab], to: &s)
        Fixtures.type("-", into: &s)
        Fixtures.send([.tab, .tab, .ctrl("u")], to: &s)
        Fixtures.type("孤老", into: &s)
        #expect(Fixtures.send([.enter], to: &s).isEmpty)
        #expect(field(s, "tags")?.error?.hasPrefix("标签“孤老”不认识") == true)
        Fixtures.send([.ctrl("u")], to: &s)
        let effects = Fixtures.send([.enter], to: &s)
        guard case .visits(.updateHousehold(let h, _, _)) = effects.first else { Issue.record("no update: \(effects)"); return }
        #expect(h.phone == "" && h.tags == [])
    }

    @Test func theSavedHouseholdIsShownWithWhatChanged() {
        var s = page()
        Fixtures.send([.char("e")], to: &s)
        var after = Self.household
        after.head = "张桂英女儿"
        let change = FieldChange(label: "户主姓名", old: "张桂英", new: "张桂英女儿")
        _ = AppUpdate.update(&s, .visits(.householdUpdated(after, Self.history, [change],
                                                           VisitFixtures.board(VisitFixtures.visits(3)))))
        #expect(s.main?.visits.editor == nil && s.main?.visits.screen == .household(after, Self.history))
        #expect(s.message?.text == "已修改 12号楼301室：户主姓名")
    }

    @Test func eOutsideAHouseholdPageSaysWhereToGo() {
        var s = VisitFixtures.state(VisitFixtures.board([]))
        Fixtures.send([.char("e")], to: &s)
        #expect(s.main?.visits.editor == nil && s.message?.text == "请先按 Enter 打开一户住户的页面")
    }
}
