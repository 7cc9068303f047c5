import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// Golden screens of the draft dialog and the lock screen at 80×24.
@Suite struct DraftGoldenTests {
    @Test func restoreDialog() {
        var (s, _) = DraftUpdateTests.loggedIn()
        let draft = FormDraft(key: "reception.new", tab: "reception", fields: [
            .init(id: "at", label: "接待时间", text: "2026-11-29 09:40", cursor: 16, selected: [], optionCursor: 0),
            .init(id: "resident", label: "来访居民姓名", text: "陈阿婆", cursor: 3, selected: [], optionCursor: 0),
            .init(id: "room", label: "楼室号", text: "7号楼202室", cursor: 7, selected: [], optionCursor: 0),
        ], focus: "room", savedAt: Fixtures.now.addingTimeInterval(-3600))
        _ = AppUpdate.updateKeepingDrafts(&s, .draftsLoaded([draft]))
        Golden.assert(Fixtures.render(s), named: "draft-restore")
    }

    @Test func lockScreen() {
        var (s, _) = DraftUpdateTests.loggedIn()
        DraftUpdateTests.typing(&s)
        _ = DraftUpdateTests.tick(&s, 300)
        DraftUpdateTests.type("12", &s)
        _ = AppUpdate.updateKeepingDrafts(&s, .key(.enter))
        _ = AppUpdate.updateKeepingDrafts(&s, .loginResult(.wrongPin("PIN 错误，再错 4 次将锁定 5 分钟")))
        Golden.assert(Fixtures.render(s), named: "draft-lock")
    }
}
