import AppCore
import Domain
import ScreenKit
import Testing

/// Transitions of the first-run form and the login screen.
@Suite struct LoginUpdateTests {
    @Test("a new database opens the first-run form; an existing one the login list")
    func startup() {
        var s = Fixtures.state()
        _ = AppUpdate.update(&s, .startupLoaded(committee: nil, people: []))
        #expect(s.firstRun != nil)
        let t = Fixtures.loginState()
        #expect(t.login?.people.map(\.name) == ["王秀兰", "李明", "赵小红"])
    }

    @Test("the first-run form refuses a PIN typed differently twice and a first user who is not 书记")
    func firstRunValidation() {
        var s = Fixtures.state()
        _ = AppUpdate.update(&s, .startupLoaded(committee: nil, people: []))
        Fixtures.type("长寿路第一居委会", into: &s)
        Fixtures.send([.tab], to: &s)
        Fixtures.type("长寿路街道", into: &s)
        Fixtures.send([.tab], to: &s)
        Fixtures.type("王秀兰", into: &s)
        Fixtures.send([.tab, .tab], to: &s)
        Fixtures.type("1234", into: &s)
        Fixtures.send([.tab], to: &s)
        Fixtures.type("1235", into: &s)
        #expect(Fixtures.send([.enter], to: &s).isEmpty)
        #expect(s.firstRun?.form["pin2"].error == "两次输入的 PIN 不一致")
        Fixtures.send([.backspace], to: &s)
        Fixtures.type("4", into: &s)
        // Make the first user 社工 only: focus the roles field (its cursor on the ticked 书记), untick it, tick 社工.
        Fixtures.send([.backTab, .backTab, .char(" "), .left, .char(" ")], to: &s)
        #expect(Fixtures.send([.enter], to: &s).isEmpty)
        #expect(s.firstRun?.form["roles"].error == "第一位用户须含“书记”角色，否则无人能添加人员")
        Fixtures.send([.right, .char(" ")], to: &s)
        let effects = Fixtures.send([.enter], to: &s)
        #expect(effects == [.initialize(committee: Fixtures.committee, adminName: "王秀兰", roles: [.worker, .secretary], pin: "1234")])
    }

    @Test("the roles field opens with its cursor on the ticked 书记, so Space unticks it, and the hint says ←→ moves")
    func firstRunRolesCursor() {
        var s = Fixtures.state()
        _ = AppUpdate.update(&s, .startupLoaded(committee: nil, people: []))
        Fixtures.send([.tab, .tab, .tab], to: &s)
        #expect(s.firstRun?.form.focused.id == "roles")
        #expect(Fixtures.screenText(s).contains(FormField.multiChoiceHint))
        Fixtures.send([.char(" ")], to: &s)
        #expect(s.firstRun?.form["roles"].chosen == [], "Space acts on 书记, the ticked role the cursor starts on")
        Fixtures.send([.char(" ")], to: &s)
        #expect(s.firstRun?.form["roles"].chosen == [Role.secretary.title])
    }

    @Test("Enter on a name opens the PIN entry; the PIN goes to storage; a success opens the main screen")
    func loginSuccess() {
        var s = Fixtures.loginState()
        Fixtures.send([.char("j"), .char("k"), .down], to: &s)
        Fixtures.send([.enter], to: &s)
        #expect(s.login?.entry?.person == Fixtures.worker)
        Fixtures.type("2468", into: &s)
        #expect(Fixtures.screenText(s).contains("****"))
        #expect(!Fixtures.screenText(s).contains("2468"), "the PIN is never shown")
        #expect(Fixtures.send([.enter], to: &s) == [.login(personID: 2, pin: "2468")])
        _ = AppUpdate.update(&s, .loginResult(.success(Fixtures.worker)))
        #expect(s.main?.user == Fixtures.worker)
        #expect(s.main?.tab == .reception)
        #expect(Fixtures.screenText(s).contains("李明（社工）"))
    }

    @Test("a wrong PIN clears the field and says how many tries are left; a lock keeps the person out")
    func wrongPinAndLock() {
        var s = Fixtures.loginState()
        Fixtures.send([.enter], to: &s)
        Fixtures.type("0000", into: &s)
        Fixtures.send([.enter], to: &s)
        let lockout = LoginLockout.standard
        let wrong = lockout.wrongPinMessage(.init(failures: 4))
        _ = AppUpdate.update(&s, .loginResult(.wrongPin(wrong)))
        #expect(s.login?.entry?.form["pin"].text == "")
        #expect(s.login?.entry?.form["pin"].error == "PIN 错误，再错 1 次将锁定 5 分钟")
        let locked = lockout.lockedMessage(.init(failures: 5), until: Fixtures.now.addingTimeInterval(300), now: Fixtures.now)
        _ = AppUpdate.update(&s, .loginResult(.locked(locked)))
        #expect(s.main == nil)
        #expect(Fixtures.screenText(s).contains("已锁定 5 分钟"))
        Fixtures.send([.escape], to: &s)
        #expect(s.login?.entry == nil)
    }

    @Test("a person without a PIN sets one, typed twice, at first login")
    func firstLogin() {
        var s = Fixtures.loginState()
        Fixtures.send([.end, .enter], to: &s)
        #expect(s.login?.entry?.settingPin == true)
        Fixtures.type("123", into: &s)
        Fixtures.send([.tab], to: &s)
        Fixtures.type("123", into: &s)
        #expect(Fixtures.send([.enter], to: &s).isEmpty)
        #expect(s.login?.entry?.form["pin"].error == "PIN 须为 4–8 位数字，现为 3 位")
        Fixtures.type("4", into: &s)
        Fixtures.send([.tab], to: &s)
        Fixtures.type("4", into: &s)
        #expect(Fixtures.send([.enter], to: &s) == [.setOwnPin(personID: 3, pin: "1234")])
    }
}
