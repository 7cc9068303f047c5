import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// The street program's transitions: login, the 审核 tab's pass and return (asked twice), the
/// 专账 tab's sort and ledger, the idle lock.
@Suite struct StreetUpdateTests {
    typealias F = StreetFixtures

    @Test("Enter on a name asks the PIN; Enter sends it; a refusal is said under the field and the PIN cleared")
    func login() {
        var state = F.login()
        F.press(&state, .down, .enter)
        F.type(&state, "1357")
        #expect(F.press(&state, .enter) == [.login(name: "刘会计", pin: "1357")])
        _ = StreetUpdate.update(&state, .loginRefused("PIN 错误（再错 4 次将锁定）"))
        guard case .login(let login) = state.phase, let pin = login.pin else { Issue.record("left the login"); return }
        #expect(pin["pin"].text.isEmpty && pin["pin"].error == "PIN 错误（再错 4 次将锁定）")
        #expect(StreetUpdate.update(&state, .loggedIn(name: "刘会计", roles: ["财务"])) == [.loadQueue])
        #expect(F.main(state)?.person == "刘会计")
    }

    @Test("p on a request asks the number, then says what it freezes; only y sends the pass")
    func passAskedTwice() {
        var state = F.main()
        F.press(&state, .down, .char("p"))
        guard case .decide(let form)? = state.modal else { Issue.record("no form"); return }
        #expect(form.entry.id == 9 && form.passing)
        #expect(F.press(&state, .enter).isEmpty)   // an empty number is refused in the form
        if case .decide(let f)? = state.modal { #expect(f.form["text"].error == ReviewText.numberEmpty && !f.confirming) }
        F.type(&state, "普街审〔2026〕17号")
        #expect(F.press(&state, .enter).isEmpty)
        if case .decide(let f)? = state.modal { #expect(f.confirming) } else { Issue.record("no question") }
        #expect(F.press(&state, .char("n")).isEmpty)   // back to the field, nothing sent
        #expect(F.press(&state, .enter, .char("y")) == [.pass(id: 9, number: "普街审〔2026〕17号")])
        #expect(state.modal == nil)
        #expect(StreetUpdate.update(&state, .decided("第 9 项已审核通过；居委会下次同步时收到")) == [.loadQueue])
    }

    @Test("r asks a reason; Esc leaves without sending anything")
    func returnWithReason() {
        var state = F.main()
        F.press(&state, .char("r"))
        F.type(&state, "缺少报价单")
        #expect(F.press(&state, .enter, .enter) == [.returnRequest(id: 7, reason: "缺少报价单")])
        F.press(&state, .char("r"), .escape)
        #expect(state.modal == nil)
    }

    @Test("someone without 自治办 cannot open the pass form")
    func financeCannotReview() {
        var state = F.login()
        _ = StreetUpdate.update(&state, .loggedIn(name: "刘会计", roles: ["财务"]))
        _ = StreetUpdate.update(&state, .queue(F.queue))
        #expect(F.press(&state, .char("p")).isEmpty)
        #expect(state.modal == nil && state.message?.text == "审核须有“自治办”角色")
    }

    @Test("2 reads the books; s sorts by total, then by last sync; Enter opens the ledger of the line chosen; Esc back")
    func books() {
        var state = F.main()
        #expect(F.press(&state, .char("2")) == [.loadBooks(year: 2026)])
        _ = StreetUpdate.update(&state, .books(F.books))
        #expect(F.main(state)?.sortedBooks.map(\.committee) == ["长寿路第一居委会", "长寿路第三居委会", "长寿路第二居委会"])
        F.press(&state, .char("s"))
        #expect(F.main(state)?.sortedBooks.map(\.committee) == ["长寿路第二居委会", "长寿路第一居委会", "长寿路第三居委会"])
        F.press(&state, .char("s"))
        #expect(F.main(state)?.sortedBooks.first?.committee == "长寿路第二居委会")
        #expect(F.main(state)?.sortedBooks.last?.committee == "长寿路第三居委会")   // never synced: last
        #expect(F.press(&state, .down, .enter) == [.loadLedger(committee: "长寿路第一居委会", year: 2026)])
        #expect(F.press(&state, .char("[")) == [.loadLedger(committee: "长寿路第一居委会", year: 2025)])
        #expect(F.press(&state, .escape) == [.loadBooks(year: 2025)])
        #expect(F.main(state)?.ledger == nil)
    }

    @Test("five idle minutes lock the screen; the PIN is asked of the same person; a right one unlocks")
    func idleLock() {
        var state = F.main()
        _ = StreetUpdate.update(&state, .key(.down))
        _ = StreetUpdate.update(&state, .tick(F.now.addingTimeInterval(299)))
        #expect(state.lock == nil)
        _ = StreetUpdate.update(&state, .tick(F.now.addingTimeInterval(300)))
        #expect(state.lock != nil)
        #expect(!F.render(state).dump().contains("重阳节慰问品"))   // nothing of the queue shows while locked
        F.type(&state, "1357")
        #expect(F.press(&state, .enter) == [.login(name: "张振华", pin: "1357")])
        _ = StreetUpdate.update(&state, .loggedIn(name: "张振华", roles: ["自治办"]))
        #expect(state.lock == nil && F.main(state)?.roles == ["自治办", "财务", "领导"])
    }

    @Test("? opens the help with the street's keys and the shared ones; Esc closes it")
    func help() {
        var state = F.main()
        F.press(&state, .char("?"))
        let text = F.render(state).dump()
        #expect(text.contains("通过") && text.contains("明细账") == false && text.contains("【审核】"))
        F.press(&state, .escape)
        #expect(state.modal == nil)
    }
}
