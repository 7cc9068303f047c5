import ScreenKit

/// Esc on a form that holds typed input asks first: closing a form on purpose removes its draft
/// (`DraftWatch`), so what was typed would be gone for good. The dialog names what will be lost;
/// y discards and closes, n or Esc goes back to the form with everything still in it. An Esc
/// that closes nothing typed (an empty form, or a key that only steps back inside the form) acts at once.
enum DiscardDialog {
    // MARK: - Text

    static let title = "放弃输入"
    static func lead(_ place: String, listing: Bool) -> String {
        "关闭“\(place)”的表单将丢弃" + (listing ? "以下已填写的内容，不留草稿：" : "已做的选择，不留草稿。")
    }
    static func more(_ count: Int) -> String { "……另有 \(count) 项" }
    static let discarded = "已放弃表单中的输入"
    /// How many filled fields the dialog lists by name (本程序取值).
    static let listed = 4
    /// How many lines one field's text may take in the dialog; longer text ends in "…" (本程序取值).
    static let linesPerField = 2
    static let width = 64

    // MARK: - Update

    /// The form with typed input that Esc would close in `state`, as a draft naming what is in it;
    /// nil when Esc loses nothing. Esc is tried on a copy: the reducer is pure. Defaults a form opens
    /// with (today's date) are not input.
    static func wouldLose(_ state: AppState) -> FormDraft? {
        guard case .main(let before) = state.phase else { return nil }
        var after = state
        _ = AppUpdate.handleInPhase(.cancel, &after)
        guard case .main(let left) = after.phase else { return nil }
        let stillOpen = Set(FormSlot.drafts(in: left).keys)
        for slot in FormSlot.all {
            guard let editor = slot.editor(before), !stillOpen.contains(editor.draftKey) else { continue }
            let draft = FormDraft(key: editor.draftKey, tab: slot.name, form: editor.form)
            if let opened = state.drafts.opened[draft.key], changed(draft, since: opened) { return draft }
        }
        return nil
    }

    /// True when a value differs from the form as it opened: text typed or a choice made (not a cursor moved).
    /// The record is `DraftWatch`'s (the run loop's `updateKeepingDrafts`); a restored draft counts as typed.
    static func changed(_ draft: FormDraft, since opened: FormDraft) -> Bool {
        func values(_ d: FormDraft) -> [String] { d.fields.map { "\($0.id)=\($0.text)|\($0.selected)" } }
        return values(draft) != values(opened)
    }

    /// The person's answer: confirm closes the form as Esc would have; deny or Esc goes back to it.
    static func answer(_ command: Command, _ state: inout AppState) -> [Effect] {
        switch command {
        case .confirm:
            state.modal = nil
            let effects = AppUpdate.handleInPhase(.cancel, &state)
            state.message = .init(discarded, .info)
            return effects
        case .deny, .cancel: state.modal = nil
        default: break
        }
        return []
    }

    // MARK: - View

    /// The dialog's body: the lead sentence, then each filled field, wrapped so nothing is cut off.
    static func body(_ draft: FormDraft, innerWidth: Int) -> [String] {
        let place = FormSlot.named(draft.tab)?.title ?? draft.tab
        let filled = draft.fields.filter { !$0.text.isEmpty }.count
        let items = draft.summary(limit: listed)
        var lines = TextWrap.lines(lead(place, listing: !items.isEmpty), width: innerWidth)
        for item in items {
            let wrapped = TextWrap.lines(item, width: innerWidth, first: "  ", rest: "  ")
            lines += wrapped.prefix(linesPerField)
            if wrapped.count > linesPerField { lines[lines.count - 1] += "…" }
        }
        if filled > listed { lines.append("  " + more(filled - listed)) }
        return lines
    }

    static func render(_ draft: FormDraft, keymap: Keymap, into buffer: inout ScreenBuffer) {
        let lines = body(draft, innerWidth: width - 4)
        Dialog.confirm(title: title, width: width, body: (lines + [""]).map { ($0, .dialog) },
                       keys: keymap.confirmLine(yes: "放弃输入", no: "返回表单"), into: &buffer)
    }
}
