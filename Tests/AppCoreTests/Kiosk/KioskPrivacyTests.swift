import AppCore
import AppRuntime
import Domain
import Foundation
import ScreenKit
import Storage
import Testing

/// Nothing private on the touch screen: demo data is generated, a booking and a rating are made
/// at the screen, then every page (every category, every item, every page of every list) is
/// drawn at both sizes and searched for every resident's name and phone.
@Suite struct KioskPrivacyTests {
    @Test func noKioskScreenShowsAResidentsNameOrPhone() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var demo = try BaishihuiCommand.parseAsRoot(["demo", "--db", path, "--months", "2", "--as-of", "2026-11-29"])
        try demo.run()
        let db = try AppDatabase.open(path: path)
        let effects = KioskEffects(store: db, now: { KioskFixtures.now })
        guard case .loaded(let loaded?) = effects.run(.load) else { Issue.record("no snapshot"); return }
        #expect(loaded.disclosure?.report.isPublic == true && loaded.disclosure?.report.period.description == "2026-H1",
                "社区动态 carries the public edition of the last half-year ended")
        let households = try db.households()
        let secrets = Set(households.flatMap { [$0.head, $0.phone] }.filter { $0.count >= 2 })
        #expect(secrets.count > 100, "the demo's residents")
        var screens = 0
        for size in [(80, 24), (160, 48)] {
            for state in Self.everyPage(loaded, width: size.0, height: size.1) {
                let text = KioskFixtures.text(state)
                screens += 1
                for secret in secrets where text.contains(secret) {
                    Issue.record("\(state.page) shows \(secret)")
                }
            }
        }
        #expect(screens > 50)
    }

    /// 首页 and every page a resident can reach, each list and text at each of its pages.
    static func everyPage(_ snapshot: KioskSnapshot, width: Int, height: Int) -> [KioskState] {
        var base = KioskState(width: width, height: height, now: KioskFixtures.now, keymap: KioskKeymap.standard)
        base.snapshot = snapshot
        var pages: [KioskPage] = [.home, .profile, .notices, .info, .guide, .search, .book, .rate, .staffExit]
        pages += snapshot.guide.categories.map(KioskPage.category)
        pages += snapshot.guide.items.map { KioskPage.item($0.title) }
        return pages.flatMap { page -> [KioskState] in
            var state = base
            state.page = page
            var out = [state]
            for _ in 0..<20 {
                let before = state.scroll
                _ = KioskUpdate.update(&state, .key(.pageDown))
                if state.scroll == before { break }
                out.append(state)
            }
            return out
        }
    }
}
