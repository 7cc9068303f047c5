import AppCore
import Domain
import ScreenKit
import Testing

/// Transitions of the people screen: the secretary's forms, and the refusal for everyone else.
@Suite struct PeopleUpdateTests {
    static let everyone = [Fixtures.secretary, Fixtures.worker, Fixtures.newcomer]

    @Test("F2 opens the people screen and loads the staff; Esc returns to the tab")
    func openAndClose() {
        var s = Fixtures.mainState()
        #expect(Fixtures.send([.function(2)], to: &s) == [.loadPeople])
        _ = AppUpdate.update(&s, .peopleLoaded(Self.everyone))
        #expect(Fixtures.screenText(s).contains("赵小红"))
        Fixtures.send([.escape], to: &s)
        #expect(s.main?.people == nil)
    }

    @Test("a worker who is not 书记 is refused with the rule, and nothing opens")
    func workerRefused() {
        var s = Fixtures.mainState(Fixtures.worker)
        Fixtures.send([.function(2)], to: &s)
        _ = AppUpdate.update(&s, .peopleLoaded(Self.everyone))
        #expect(Fixtures.send([.char("a")], to: &s).isEmpty)
        #expect(s.main?.people?.editor == nil)
        #expect(s.message?.kind == .error)
        #expect(s.message?.text.hasPrefix("只有书记可以添加人员") == true)
    }

    @Test("the secretary adds a person with a Chinese name and no PIN; a save reloads the list")
    func addPerson() {
        var s = Fixtures.mainState()
        Fixtures.send([.function(2)], to: &s)
        _ = AppUpdate.update(&s, .peopleLoaded(Self.everyone))
        Fixtures.send([.char("a")], to: &s)
        Fixtures.type("陈建国", into: &s)
        Fixtures.send([.tab, .right, .right, .char(" "), .tab], to: &s)
        Fixtures.type("二片", into: &s)
        let effects = Fixtures.send([.enter], to: &s)
        #expect(effects == [.addPerson(name: "陈建国", roles: [.worker, .director], zone: "二片", pin: nil, by: 1)])
        #expect(AppUpdate.update(&s, .saved("已添加 陈建国")) == [.loadPeople])
        #expect(s.main?.people?.editor == nil)
        #expect(s.message == .init("已添加 陈建国", .ok))
    }

    @Test("a storage refusal keeps the form and everything typed in it")
    func failureKeepsInput() {
        var s = Fixtures.mainState()
        Fixtures.send([.function(2)], to: &s)
        Fixtures.send([.char("a")], to: &s)
        Fixtures.type("李明", into: &s)
        Fixtures.send([.enter], to: &s)
        _ = AppUpdate.update(&s, .failed("已有同名人员“李明”"))
        #expect(s.main?.people?.editor?.form["name"].text == "李明")
        #expect(s.message == .init("已有同名人员“李明”", .error))
    }

    @Test("roles and PIN reset go to storage for the selected person; the secretary cannot deactivate herself")
    func editSelected() {
        var s = Fixtures.mainState()
        Fixtures.send([.function(2)], to: &s)
        _ = AppUpdate.update(&s, .peopleLoaded(Self.everyone))
        #expect(Fixtures.send([.char("d")], to: &s).isEmpty)
        #expect(s.message?.text == "不能停用自己")
        Fixtures.send([.char("j"), .char("r"), .char(" ")], to: &s)
        #expect(Fixtures.send([.enter], to: &s).isEmpty, "no role left is refused")
        #expect(s.main?.people?.editor?.form["roles"].error?.hasPrefix("至少需要一个角色") == true)
        Fixtures.send([.right, .right, .right, .char(" ")], to: &s)
        #expect(Fixtures.send([.enter], to: &s) == [.setRoles(personID: 2, roles: [.bookkeeper], by: 1)])
        _ = AppUpdate.update(&s, .saved("ok"))
        Fixtures.send([.char("p")], to: &s)
        #expect(Fixtures.send([.enter], to: &s) == [.resetPin(personID: 2, pin: nil, by: 1)])
        #expect(Fixtures.send([.escape, .char("d"), .char("y")], to: &s) == [.setActive(personID: 2, active: false, by: 1)])
    }

    @Test("d asks before deactivating, saying what it freezes; n and Esc leave the person active, y deactivates")
    func deactivateAsks() {
        var s = Fixtures.mainState()
        Fixtures.send([.function(2)], to: &s)
        _ = AppUpdate.update(&s, .peopleLoaded(Self.everyone))
        #expect(Fixtures.send([.char("j"), .char("d")], to: &s).isEmpty, "nothing happens at once")
        #expect(s.main?.people?.deactivating == Fixtures.worker)
        let screen = Fixtures.screenText(s)
        for line in ["停用“\(Fixtures.worker.name)”后：", "此人不能再登录本程序；", "全部保留，不删除；", "按 d 重新启用。", "y 停用", "n 或 Esc 返回"] {
            #expect(screen.contains(line), "\(line) is on screen in full")
        }
        #expect(Fixtures.send([.char("n")], to: &s).isEmpty)
        #expect(s.main?.people?.deactivating == nil)
        #expect(Fixtures.send([.char("d"), .escape], to: &s).isEmpty)
        #expect(s.main?.people != nil, "Esc answers the question; the people screen stays")
        #expect(Fixtures.send([.char("d"), .enter], to: &s) == [.setActive(personID: 2, active: false, by: 1)])
        #expect(s.main?.people?.deactivating == nil)
    }

    @Test("d on a deactivated person enables them again at once: nothing is lost by it")
    func reactivateAtOnce() {
        var s = Fixtures.mainState()
        Fixtures.send([.function(2)], to: &s)
        var gone = Fixtures.worker
        gone.isActive = false
        _ = AppUpdate.update(&s, .peopleLoaded([Fixtures.secretary, gone]))
        #expect(Fixtures.send([.char("j"), .char("d")], to: &s) == [.setActive(personID: gone.id, active: true, by: 1)])
    }
}
