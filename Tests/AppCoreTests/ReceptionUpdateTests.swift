import AppCore
import Domain
import ScreenKit
import Testing

/// The reception tab's policy search as `update` sees it: typing asks for a search, answers fill
/// the list, Enter opens an item, Esc goes back.
@Suite struct ReceptionUpdateTests {
    static let items: [PolicyItem] = {
        let sample = (try? PolicyLibraryFile.bundledSample()) ?? []
        return sample.enumerated().map { index, item in
            var item = item
            item.id = Int64(index + 1)
            return item
        }
    }()

    var state = Fixtures.mainState()

    mutating func answer(_ query: String, _ items: [PolicyItem] = Self.items) -> [Effect] {
        AppUpdate.update(&state, .policiesFound(query: query, items: items))
    }

    @Test("logging in loads the library into the search tab")
    func loginSearches() {
        var s = Fixtures.loginState()
        Fixtures.send([.enter], to: &s)
        Fixtures.type("2580", into: &s)
        _ = Fixtures.send([.enter], to: &s)
        #expect(AppUpdate.update(&s, .loginResult(.success(Fixtures.secretary))) == [.searchPolicies(query: "")])
    }

    @Test("every key typed asks for a search of the whole text; q and pinyin are typed, not commands")
    mutating func typing() {
        let effects = Fixtures.send("dbsq".map { Key.char($0) } + [.backspace], to: &state)
        #expect(effects == ["d", "db", "dbs", "dbsq", "dbs"].map { Effect.searchPolicies(query: $0) })
        #expect(state.main?.reception.search.query.text == "dbs")
        #expect(Fixtures.send([.char("低")], to: &state) == [.searchPolicies(query: "dbs低")])
    }

    @Test("digits still switch tabs and ? still opens help while the search field has the keyboard")
    mutating func keysStayKeys() {
        Fixtures.send([.char("?")], to: &state)
        #expect(state.modal != nil)
        Fixtures.send([.escape, .char("3")], to: &state)
        #expect(state.main?.tab == .duty)
        #expect(Fixtures.send([.char("1")], to: &state) == [.searchPolicies(query: "")], "coming back searches again")
    }

    @Test("an answer for text that has since changed is dropped; the current one fills the list")
    mutating func staleAnswers() {
        Fixtures.type("db", into: &state)
        _ = answer("d", [Self.items[3]])
        #expect(state.main?.reception.search.results == nil)
        _ = answer("db", Array(Self.items.prefix(2)))
        #expect(state.main?.reception.search.results?.count == 2)
    }

    @Test("↓ chooses, Enter opens the item, ↓ scrolls it within its length, Esc goes back to the same list")
    mutating func openAndBack() {
        _ = answer("")
        Fixtures.send([.down, .down, .enter], to: &state)
        #expect(state.main?.reception.search.opened == Self.items[2])
        Fixtures.send(Array(repeating: .down, count: 200), to: &state)
        let scroll = state.main?.reception.search.scroll ?? -1
        #expect(scroll > 0 && scroll < 200, "the scroll stops at the last page")
        Fixtures.send([.char("d")], to: &state)
        #expect(state.main?.reception.search.query.text == "", "an open item takes no typing")
        Fixtures.send([.escape], to: &state)
        #expect(state.main?.reception.search.opened == nil)
        #expect(state.main?.reception.search.list.selected == 2)
    }

    @Test("Esc in the search clears what is typed and searches again; with nothing typed it does nothing")
    mutating func escClears() {
        Fixtures.type("dibao", into: &state)
        #expect(Fixtures.send([.escape], to: &state) == [.searchPolicies(query: "")])
        #expect(state.main?.reception.search.query.text == "")
        #expect(Fixtures.send([.escape], to: &state).isEmpty)
    }
}
