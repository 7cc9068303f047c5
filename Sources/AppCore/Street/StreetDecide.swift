import Domain
import Foundation
import ScreenKit

/// Passing with a number or returning with a reason: the field, then the question that says what
/// the decision freezes; only a `y` there sends it.
enum StreetDecide {
    static func handleKey(_ key: Key, _ state: inout StreetState) -> [StreetEffect] {
        guard case .decide(var decision) = state.modal else { return [] }
        if decision.confirming { return answer(key, decision, &state) }
        if decision.form.apply(key) { state.modal = .decide(decision); return [] }
        switch StreetUpdate.command(key, state, ["form", "global"]) {
        case "submit":
            decision.form.clearErrors()
            if decision.text.isEmpty {
                decision.form.fail("text", decision.passing ? ReviewText.numberEmpty : ReviewText.reasonEmpty)
            } else {
                decision.confirming = true
            }
            state.modal = .decide(decision)
        case "cancel": state.modal = nil
        case "quit": return [.quit]
        default: break
        }
        return []
    }

    private static func answer(_ key: Key, _ decision: StreetDecisionForm, _ state: inout StreetState) -> [StreetEffect] {
        var decision = decision
        switch StreetUpdate.command(key, state, ["dialog"]) {
        case "confirm":
            state.modal = nil
            let id = decision.entry.id
            return [decision.passing ? .pass(id: id, number: decision.text) : .returnRequest(id: id, reason: decision.text)]
        case "deny", "cancel":
            decision.confirming = false
            state.modal = .decide(decision)
        default: break
        }
        return []
    }

    // MARK: - View

    static func render(_ decision: StreetDecisionForm, keymap: Keymap, into buffer: inout ScreenBuffer) {
        let e = decision.entry
        let title = decision.passing ? StreetScreenText.passTitle(e.id) : StreetScreenText.returnTitle(e.id)
        if decision.confirming {
            let text = decision.passing ? StreetScreenText.passFreezes(e, number: decision.text)
                : StreetScreenText.returnFreezes(e, reason: decision.text)
            Dialog.confirm(title: title, width: 64, body: [(text, .dialog), ("", .dialog)],
                           keys: keymap.confirmLine(yes: decision.passing ? "通过" : "退回"), into: &buffer)
            return
        }
        let summary = "\(e.committee)  \(Money.format(e.amount))  \(e.purpose)"
        let formHeight = decision.form.renderedHeight(width: 60, labelWidth: 10)
        let inner = Dialog.render(title: title, width: 64, height: formHeight + 5, into: &buffer)
        buffer.put(summary, x: inner.x, y: inner.y, maxWidth: inner.width, role: .dialog)
        decision.form.render(into: &buffer, rect: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: formHeight),
                             labelWidth: 10)
        let keys = keymap.hintLine([(keymap.keys(for: "submit", in: ["form"]).first?.description, "下一步"),
                                    (keymap.keys(for: "cancel", in: ["form"]).first?.description, "取消")])
        buffer.put(keys, x: inner.x, y: inner.y + 1 + formHeight, maxWidth: inner.width, role: .dialogTitle)
    }
}
