import Domain
import Foundation
import ScreenKit

/// The dialog that offers a draft back after login: 恢复 puts the form back as it was, cursor
/// field included; 丢弃 removes the draft; Esc keeps it for the next login.
enum DraftDialog {
    // MARK: - Text

    static let title = "未保存的草稿"
    static func found(_ place: String, _ when: String) -> String { "发现您上次未保存的表单：\(place)（\(when)）" }
    /// "y 或 Enter 恢复   n 丢弃   Esc 下次再说", with the keys of the keymap in force.
    static func keys(_ keymap: Keymap) -> String {
        keymap.hintLine([(keymap.names(of: [.confirm], in: [.dialog]), "恢复"), (keymap.names(of: [.deny], in: [.dialog]), "丢弃"),
                         (keymap.names(of: [.cancel], in: [.dialog]), "下次再说")])
    }
    static let restored = "草稿已恢复"
    static let waiting = "草稿将在打开原表单时填回（该表单需先选中对应记录）"
    static let discarded = "草稿已丢弃"

    // MARK: - Update

    /// Drafts found for the person who just logged in: offer the first.
    static func offer(_ drafts: [FormDraft], _ state: inout AppState) {
        state.drafts.offered = drafts
        showNext(&state)
    }

    static func showNext(_ state: inout AppState) {
        guard state.modal == nil, let next = state.drafts.offered.first else { return }
        state.modal = .restoreDraft(next)
    }

    /// The person's answer to the dialog about `draft`.
    static func answer(_ command: Command, _ draft: FormDraft, _ state: inout AppState) -> [Effect] {
        guard let user = state.user else { return [] }
        var effects: [Effect] = []
        switch command {
        case .confirm: effects = restore(draft, &state)
        case .deny:
            effects = [.discardDraft(personID: user.id, key: draft.key)]
            state.message = .init(discarded, .info)
        case .cancel: break
        default: return []
        }
        state.modal = nil
        state.drafts.offered.removeAll { $0.key == draft.key }
        showNext(&state)
        return effects
    }

    /// Shows the draft's tab and asks for its form; `DraftWatch` fills it in once it is open.
    private static func restore(_ draft: FormDraft, _ state: inout AppState) -> [Effect] {
        state.drafts.restoring.append(draft)
        guard case .main(var main) = state.phase else { return [] }
        var effects: [Effect] = []
        if let tab = FormSlot.named(draft.tab)?.tab, tab != main.tab || main.people != nil {
            effects = AppUpdate.show(tab, &main, state.tabContext(main)).effects
        }
        state.phase = .main(main)
        state.message = .init(FormSlot.canReopen(draft.key) ? restored : waiting, .ok)
        return effects
    }

    // MARK: - View

    static func render(_ draft: FormDraft, keymap: Keymap, into buffer: inout ScreenBuffer) {
        let lines = draft.summary()
        let inner = Dialog.render(title: title, width: 64, height: 7 + lines.count, into: &buffer)
        let place = FormSlot.named(draft.tab)?.title ?? draft.tab
        let when = draft.savedAt.map { "\(ShanghaiCalendar.dateString(for: $0)) \(ClockTime.of($0).text)" } ?? ""
        buffer.put(found(place, when), x: inner.x, y: inner.y, maxWidth: inner.width, role: .dialog)
        for (i, line) in lines.enumerated() {
            buffer.put(line, x: inner.x + 2, y: inner.y + 2 + i, maxWidth: inner.width - 2, role: .dialog)
        }
        buffer.put(keys(keymap), x: inner.x, y: inner.y + 3 + lines.count, maxWidth: inner.width, role: .dialogTitle)
        buffer.cursor = nil
    }
}
