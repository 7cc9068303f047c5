import AppCore
import AppRuntime
import Domain
import Foundation
import ScreenKit
import Storage
import Testing

/// Drafts with the real storage, as the run loop joins them: what was written before a "crash"
/// (dropping the state without any goodbye, as `kill -9` does) is offered back at the next start,
/// and no PIN ever reaches the database file.
@Suite struct DraftRuntimeTests {
    final class Clock: @unchecked Sendable {
        var now = Fixtures.now
    }

    /// One start of the program on the file at `path`: its own state, the same database file.
    final class Start {
        var state = Fixtures.state()
        let clock = Clock()
        let runner: EffectRunner

        init(path: String, at now: Date) throws {
            let db = try AppDatabase.open(path: path, pinHasher: .insecureFastForTests)
            let clock = self.clock
            clock.now = now
            state.now = now
            runner = EffectRunner(database: db, now: { clock.now })
            pump([.loadStartup])
        }

        func pump(_ effects: [Effect]) {
            var queue = effects
            while !queue.isEmpty {
                guard let action = runner.run(queue.removeFirst()) else { return }
                queue += AppUpdate.updateKeepingDrafts(&state, action)
            }
        }

        func press(_ keys: Key...) { for key in keys { pump(AppUpdate.updateKeepingDrafts(&state, .key(key))) } }
        func type(_ text: String) { for c in text { press(.char(c)) } }
        /// The loop's clock moves on by `seconds` and ticks, as it does when no key comes for a second.
        func wait(_ seconds: TimeInterval) {
            clock.now = clock.now.addingTimeInterval(seconds)
            pump(AppUpdate.updateKeepingDrafts(&state, .tick(clock.now)))
        }
        func logIn(_ pin: String) { press(.enter); type(pin); press(.enter) }
    }

    let path = FileManager.default.temporaryDirectory.appendingPathComponent("bsh-drafts-\(UUID().uuidString).sqlite").path

    func initialized() throws {
        let db = try AppDatabase.open(path: path, pinHasher: .insecureFastForTests)
        _ = try db.initialize(committee: Fixtures.committee, adminName: "王秀兰", adminRoles: [.secretary, .worker], pin: "2580",
                              at: Fixtures.now)
    }

    /// Every byte SQLite keeps for the database: the file and its write-ahead log.
    func storedBytes() -> Data {
        ["", "-wal"].reduce(into: Data()) { $0 += (FileManager.default.contents(atPath: path + $1) ?? Data()) }
    }

    @Test("a reception form typed in Chinese survives a crash: the next start offers it back, text and cursor field")
    func crashAndRestore() throws {
        try initialized()
        let first = try Start(path: path, at: Fixtures.now)
        first.logIn("2580")
        first.press(.ctrl("n"), .tab)
        first.type("张桂英")
        first.press(.tab)
        first.type("12号楼301室")
        first.wait(1)
        // No quit, no signal: the state is simply dropped, as kill -9 leaves it.

        let second = try Start(path: path, at: Fixtures.now.addingTimeInterval(60))
        second.logIn("2580")
        guard case .restoreDraft(let draft) = second.state.modal else {
            Issue.record("no draft offered: \(Fixtures.screenText(second.state))")
            return
        }
        #expect(draft.key == "reception.new")
        second.press(.char("y"))
        let form = try #require(second.state.main?.reception.editor?.form)
        #expect(form["resident"].text == "张桂英")
        #expect(form["room"].text == "12号楼301室")
        #expect(form.focused.id == "room")
        second.press(.escape, .char("y"))  // Esc on a filled form asks first (DiscardDialog)
        let third = try Start(path: path, at: Fixtures.now.addingTimeInterval(120))
        third.logIn("2580")
        #expect(third.state.modal == nil, "a form cancelled on purpose leaves no draft")
    }

    @Test("a PIN typed into a form never reaches the database file, though the name beside it does")
    func pinNeverStored() throws {
        try initialized()
        let start = try Start(path: path, at: Fixtures.now)
        start.logIn("2580")
        start.press(.function(2), .char("a"))
        start.type("陈建国")
        start.press(.tab, .tab, .tab)
        start.type("97531864")
        start.press(.tab)
        start.type("97531864")
        start.wait(1)
        start.pump(AppUpdate.keepDrafts(&start.state))
        let drafts = try start.runner.database.drafts(of: 1)
        #expect(drafts.map(\.key) == ["people.add"])
        let bytes = storedBytes()
        #expect(bytes.range(of: Data("陈建国".utf8)) != nil, "the draft is in the file, so the search can find text")
        #expect(bytes.range(of: Data("97531864".utf8)) == nil)
    }

    @Test("on the lock screen too, five wrong PINs lock the person for five minutes, even against the right PIN")
    func lockoutAtTheLock() throws {
        try initialized()
        let start = try Start(path: path, at: Fixtures.now)
        start.logIn("2580")
        start.press(.ctrl("n"), .tab)
        start.type("张桂英")
        start.wait(300)
        #expect(start.state.lock != nil)
        for attempt in 1...5 {
            start.type("1111"); start.press(.enter)
            #expect(start.state.lock != nil, "attempt \(attempt)")
        }
        #expect(Fixtures.screenText(start.state).contains("已锁定 5 分钟"))
        let seen = Fixtures.screenText(start.state).filter { !$0.isWhitespace && $0 != "│" }
        #expect(seen.contains("还剩约5分钟；再错一次将锁定10分钟（第5次起每错一次等待加倍）"), "the lock dialog grows to show it all")
        start.type("2580"); start.press(.enter)
        #expect(start.state.lock != nil, "locked out: even the right PIN is refused")
        start.wait(5 * 60 + 1)
        start.type("2580"); start.press(.enter)
        #expect(start.state.lock == nil)
        #expect(start.state.main?.reception.editor?.form["resident"].text == "张桂英")
    }
}
