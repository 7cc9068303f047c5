import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// The room completion of a new record must not run a typed phone onto the registry's.
@Suite struct ReceptionPhoneCompletionTests {
    /// A new record with room 301 completed from the registry, then `phone` typed, saved; the draft sent.
    static func saved(typing phone: String) -> ReceptionDraft? {
        var state = Fixtures.mainState()
        Fixtures.send([.ctrl("n")], to: &state)
        Fixtures.send([.tab, .tab], to: &state)
        Fixtures.type("301", into: &state)
        Fixtures.send([.tab], to: &state)
        let form = state.main!.reception.editor!.form
        #expect(form["room"].text == "12号楼301室" && form["phone"].text.isEmpty)
        #expect(form["phone"].hint == "登记簿：13812341234 · 留空即用此号")
        Fixtures.type(phone, into: &state)
        #expect(state.main!.reception.editor!.form["phone"].text == phone)
        Fixtures.send([.tab], to: &state)
        Fixtures.type("社会救助", into: &state)
        Fixtures.send([.tab, .tab], to: &state)
        Fixtures.type("低保怎么申请", into: &state)
        guard case .reception(.save(let draft, _)) = Fixtures.send([.enter], to: &state).first else { return nil }
        return draft
    }

    @Test("a number typed after the room completes replaces the registry's")
    func typedAfterCompletion() {
        #expect(Self.saved(typing: "13900001111")?.phone == "13900001111")
    }

    @Test("an empty phone box takes the registry's number")
    func emptyTakesTheRegistry() {
        #expect(Self.saved(typing: "")?.phone == "13812341234")
    }
}
