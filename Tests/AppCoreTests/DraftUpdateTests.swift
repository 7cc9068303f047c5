import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// Drafts and the idle lock through `update`: what is typed is written as the person types (at most
/// once a second, and at every move to another field), kept at logout and lock, offered back at the
/// next login exactly as it was, and removed when the form is cancelled on purpose.
@Suite struct DraftUpdateTests {
    /// The secretary logged in through the login screen, with no drafts waiting.
    static func loggedIn(at now: Date = Fixtures.now) -> (AppState, [Effect]) {
        var s = Fixtures.loginState()
        s.now = now
        _ = AppUpdate.updateKeepingDrafts(&s, .key(.enter))
        let effects = AppUpdate.updateKeepingDrafts(&s, .loginResult(.success(Fixtures.secretary)))
        _ = AppUpdate.updateKeepingDrafts(&s, .draftsLoaded([]))
        return (s, effects)
    }

    static func drafts(_ effects: [Effect]) -> [FormDraft] {
        effects.compactMap { if case .saveDraft(_, let d) = $0 { return d } else { return nil } }
    }

    /// A new reception record with 张桂英 typed as the resident, the cursor moved one place left.
    static func typing(_ s: inout AppState) {
        _ = AppUpdate.updateKeepingDrafts(&s, .key(.ctrl("n")))
        _ = AppUpdate.updateKeepingDrafts(&s, .key(.tab))
        Self.type("张桂英", &s)
        _ = AppUpdate.updateKeepingDrafts(&s, .key(.left))
    }

    /// Types `text` as the run loop passes it on: each key through `updateKeepingDrafts`.
    @discardableResult
    static func type(_ text: String, _ s: inout AppState) -> [Effect] {
        text.flatMap { AppUpdate.updateKeepingDrafts(&s, .key(.char($0))) }
    }

    static func tick(_ s: inout AppState, _ seconds: TimeInterval) -> [Effect] {
        AppUpdate.updateKeepingDrafts(&s, .tick(Fixtures.now.addingTimeInterval(seconds)))
    }

    @Test("a login looks for the person's drafts")
    func loginLoadsDrafts() {
        #expect(Self.loggedIn().1.contains(.loadDrafts(personID: Fixtures.secretary.id)))
    }

    @Test("typing writes the draft at most once a second; moving to another field writes it at once")
    func debounced() throws {
        var (s, _) = Self.loggedIn()
        _ = AppUpdate.updateKeepingDrafts(&s, .key(.ctrl("n")))
        let moved = Self.drafts(AppUpdate.updateKeepingDrafts(&s, .key(.tab)))
        #expect(moved.map(\.focus) == ["resident"], "a move to another field is written at once")
        let typed = "张桂英".flatMap { AppUpdate.updateKeepingDrafts(&s, .key(.char($0))) }
        #expect(Self.drafts(typed).isEmpty, "keys within the same second are not written one by one")
        let written = try #require(Self.drafts(Self.tick(&s, 1)).first)
        #expect(written.key == "reception.new")
        #expect(written.fields.first { $0.id == "resident" }?.text == "张桂英")
        #expect(Self.drafts(Self.tick(&s, 2)).isEmpty, "nothing changed: nothing written")
        #expect(Self.drafts(AppUpdate.updateKeepingDrafts(&s, .key(.tab))).map(\.focus) == ["room"])
    }

    @Test("Esc on a typed form removes its draft; a form opened and closed untouched writes nothing")
    func cancelRemoves() {
        var (s, _) = Self.loggedIn()
        Self.typing(&s)
        #expect(AppUpdate.updateKeepingDrafts(&s, .key(.escape)).isEmpty, "Esc on typed input asks first (DiscardDialog)")
        #expect(AppUpdate.updateKeepingDrafts(&s, .key(.char("y"))).contains(.discardDraft(personID: 1, key: "reception.new")))
        let untouched = [Key.ctrl("n"), .escape].flatMap { AppUpdate.updateKeepingDrafts(&s, .key($0)) }
        #expect(!untouched.contains { if case .saveDraft = $0 { true } else if case .discardDraft = $0 { true } else { false } })
    }

    @Test("F9 (from the policy search over the form) writes what was typed since the last write; the next login offers it back exactly")
    func logoutAndRestore() throws {
        var (s, _) = Self.loggedIn()
        Self.typing(&s)
        for _ in 0..<4 { _ = AppUpdate.updateKeepingDrafts(&s, .key(.tab)) }
        #expect(Self.type("dbsq", &s).isEmpty, "typed within the second: not written yet")
        _ = AppUpdate.updateKeepingDrafts(&s, .key(.enter))  // Enter on the policy field opens the search over the form
        let kept = try #require(Self.drafts(AppUpdate.updateKeepingDrafts(&s, .key(.function(9)))).last)
        #expect(s.login != nil)
        let resident = try #require(kept.fields.first { $0.id == "resident" })
        #expect(resident.text == "张桂英" && resident.cursor == 2)
        #expect(kept.fields.first { $0.id == "policy" }?.text == "dbsq" && kept.focus == "policy")

        var (t, _) = Self.loggedIn()
        _ = AppUpdate.updateKeepingDrafts(&t, .draftsLoaded([kept]))
        #expect(t.modal == .restoreDraft(kept))
        #expect(Fixtures.screenText(t).contains("未保存的草稿"))
        #expect(Fixtures.screenText(t).contains("张桂英"))
        _ = AppUpdate.updateKeepingDrafts(&t, .key(.char("y")))
        let form = try #require(t.main?.reception.editor?.form)
        #expect(form["resident"].text == "张桂英" && form["resident"].input.cursor == 2)
        #expect(form.focused.id == "policy")
        #expect(t.modal == nil)
        Self.type("x", &t)
        #expect(t.main?.reception.editor?.form["policy"].text == "dbsqx", "typing goes on in the field that had the cursor")
        _ = AppUpdate.updateKeepingDrafts(&t, .key(.backTab))
        _ = AppUpdate.updateKeepingDrafts(&t, .key(.backTab))
        _ = AppUpdate.updateKeepingDrafts(&t, .key(.backTab))
        _ = AppUpdate.updateKeepingDrafts(&t, .key(.backTab))
        Self.type("阿姨", &t)
        #expect(t.main?.reception.editor?.form["resident"].text == "张桂阿姨英", "and each field's cursor is where it was")
    }

    @Test("F9 in a form that has the keyboard logs out and keeps what was typed; the status line offers it")
    func logoutFromTheForm() throws {
        var (s, _) = Self.loggedIn()
        Self.typing(&s)
        #expect(s.activeForm != nil)
        #expect(Fixtures.screenText(s).contains("F9注销"))
        #expect(!Fixtures.screenText(s).contains("q退出"), "q is typed into the field, so it is not offered as quit")
        let kept = try #require(Self.drafts(AppUpdate.updateKeepingDrafts(&s, .key(.function(9)))).last)
        #expect(s.login != nil)
        #expect(kept.fields.first { $0.id == "resident" }?.text == "张桂英" && kept.focus == "resident")
        #expect(!Fixtures.screenText(s).contains("F9注销"), "nobody is logged in to log out")
    }

    @Test("丢弃 removes the draft and opens nothing; Esc keeps it for the next login")
    func discardOrLater() {
        let draft = FormDraft(key: "reception.new", tab: "reception",
                              fields: [.init(id: "resident", label: "来访居民", text: "张桂英", cursor: 3, selected: [], optionCursor: 0)],
                              focus: "resident")
        var other = draft
        other.key = "visits.visit"
        other.tab = "visits"
        var (s, _) = Self.loggedIn()
        _ = AppUpdate.updateKeepingDrafts(&s, .draftsLoaded([draft, other]))
        #expect(AppUpdate.updateKeepingDrafts(&s, .key(.char("n"))) == [.discardDraft(personID: 1, key: "reception.new")])
        #expect(s.main?.reception.editor == nil)
        #expect(s.modal == .restoreDraft(other), "the next draft is offered")
        #expect(AppUpdate.updateKeepingDrafts(&s, .key(.escape)).isEmpty)
        #expect(s.modal == nil)
    }

    @Test("a form about a record is filled from its draft when it is opened on that record again")
    func recordFormWaits() throws {
        var (s, _) = Self.loggedIn()
        let draft = FormDraft(key: "people.roles#2", tab: "people",
                              fields: [.init(id: "roles", label: "角色", text: "", cursor: 0, selected: [0, 2], optionCursor: 2)],
                              focus: "roles")
        _ = AppUpdate.updateKeepingDrafts(&s, .draftsLoaded([draft]))
        _ = AppUpdate.updateKeepingDrafts(&s, .key(.enter))
        #expect(s.message?.text.contains("打开原表单") == true)
        _ = AppUpdate.updateKeepingDrafts(&s, .key(.function(2)))
        _ = AppUpdate.updateKeepingDrafts(&s, .peopleLoaded([Fixtures.secretary, Fixtures.worker]))
        _ = AppUpdate.updateKeepingDrafts(&s, .key(.down))
        _ = AppUpdate.updateKeepingDrafts(&s, .key(.char("r")))
        let form = try #require(s.main?.people?.editor?.form)
        #expect(form["roles"].selected == [0, 2])
        #expect(form["roles"].optionCursor == 2)
    }

    @Test("a PIN typed into a form is never part of its draft")
    func noPin() throws {
        var (s, _) = Self.loggedIn()
        var effects = [Key.function(2), .char("a")].flatMap { AppUpdate.updateKeepingDrafts(&s, .key($0)) }
        effects += "陈建国".flatMap { AppUpdate.updateKeepingDrafts(&s, .key(.char($0))) }
        effects += [Key.tab, .tab, .tab].flatMap { AppUpdate.updateKeepingDrafts(&s, .key($0)) }
        effects += "97531864".flatMap { AppUpdate.updateKeepingDrafts(&s, .key(.char($0))) }
        effects += AppUpdate.updateKeepingDrafts(&s, .key(.tab))
        effects += "97531864".flatMap { AppUpdate.updateKeepingDrafts(&s, .key(.char($0))) } + Self.tick(&s, 1) + AppUpdate.keepDrafts(&s)
        #expect(s.main?.people?.editor?.form["pin2"].text == "97531864", "the PIN was typed")
        #expect(!Self.drafts(effects).contains { $0.encoded.contains("97531864") })
        let draft = try #require(Self.drafts(effects).last)
        #expect(draft.key == "people.add")
        #expect(draft.fields.map(\.id) == ["name", "roles", "zone"])
        #expect(!draft.encoded.contains("97531864"))
        #expect(draft.encoded.contains("陈建国"))
    }

    @Test("a form about a record is named by its tab, its kind and the record's id, with no code of its own")
    func identityOfARecordForm() throws {
        var s = VisitFixtures.state(VisitFixtures.board(VisitFixtures.visits(3)))
        _ = AppUpdate.updateKeepingDrafts(&s, .key(.down))
        _ = AppUpdate.updateKeepingDrafts(&s, .key(.char("c")))
        _ = AppUpdate.updateKeepingDrafts(&s, .key(.end))
        let draft = try #require(Self.drafts(AppUpdate.updateKeepingDrafts(&s, .key(.tab))).last)
        #expect(draft.key == "visits.correct#\(VisitFixtures.visits(3)[1].id)")
        #expect(draft.tab == "visits" && draft.focus == "resident")
    }

    // MARK: - The idle lock

    @Test("after the idle time the screen locks, writing the draft; the same PIN unlocks back into the form")
    func idleLock() throws {
        var (s, _) = Self.loggedIn()
        Self.typing(&s)
        #expect(Self.tick(&s, 299).allSatisfy { if case .saveDraft = $0 { true } else { false } })
        #expect(s.lock == nil)
        _ = AppUpdate.updateKeepingDrafts(&s, .key(.right))  // a key: the idle clock starts again
        var effects = Self.tick(&s, 400)
        #expect(s.lock == nil)
        effects += Self.tick(&s, 600)
        #expect(s.lock?.person == Fixtures.secretary)
        #expect(Self.drafts(effects).last?.fields.first { $0.id == "resident" }?.cursor == 3, "the draft as it was at the lock")
        let screen = Fixtures.screenText(s)
        #expect(screen.contains("已锁定") && !screen.contains("张桂英"), "nothing of the record shows while locked")

        Self.type("1111", &s)
        #expect(AppUpdate.updateKeepingDrafts(&s, .key(.enter)) == [.login(personID: 1, pin: "1111")])
        _ = AppUpdate.updateKeepingDrafts(&s, .loginResult(.wrongPin("PIN 不正确，还可再试 4 次")))
        #expect(s.lock != nil)
        #expect(Fixtures.screenText(s).contains("还可再试 4 次"))
        _ = AppUpdate.updateKeepingDrafts(&s, .loginResult(.locked("已锁定 5 分钟")))
        #expect(s.lock != nil, "five wrong PINs keep the lock on")
        _ = AppUpdate.updateKeepingDrafts(&s, .loginResult(.success(Fixtures.secretary)))
        #expect(s.lock == nil)
        let form = try #require(s.main?.reception.editor?.form)
        #expect(form["resident"].text == "张桂英" && form.focused.id == "resident")
        _ = Self.tick(&s, 1200)
        #expect(s.lock == nil, "the idle clock starts again at the first tick after the unlock, however long the PIN check took")
        _ = Self.tick(&s, 1500)
        #expect(s.lock != nil)
    }

    @Test("F9 on the lock screen logs out; the draft is already written for the next login")
    func lockThenLogout() {
        var (s, _) = Self.loggedIn()
        Self.typing(&s)
        _ = Self.tick(&s, 300)
        #expect(s.lock != nil)
        #expect(AppUpdate.updateKeepingDrafts(&s, .key(.function(9))).contains(.loadPeople))
        #expect(s.lock == nil && s.login != nil)
    }

    @Test("an idle time of 0 never locks")
    func neverLocks() {
        var s = Fixtures.loginState()
        s.drafts.idleLockSeconds = 0
        _ = AppUpdate.updateKeepingDrafts(&s, .key(.enter))
        _ = AppUpdate.updateKeepingDrafts(&s, .loginResult(.success(Fixtures.secretary)))
        _ = Self.tick(&s, 86_400)
        #expect(s.lock == nil)
    }
}
