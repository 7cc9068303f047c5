import Domain
import ScreenKit

/// The decision picker of the points form (附件三 积分规则说明 3): Enter on the empty 会议记录 field
/// of a deduction lists the 居委会班子会议 decisions kept on the 议事 page (F4), newest first; ↑↓
/// choose and Enter puts the chosen decision's code ("#12-2") in the field, Esc closes the list.
/// A typed 会议记录 (what happened before the program) is still typed into the field.
enum DecisionPicker {
    static let title = "选择居委会班子会议的决定（↑↓ 选择，Enter 填入，Esc 关闭）"

    /// The step when the picker takes `command` (open, or opening now); nil leaves it to the form.
    static func handle(_ command: Command, _ editor: inout PointsEditor, decisions: [DecisionCitation]) -> Step? {
        guard var list = editor.picker else {
            guard opens(command, editor.form, decisions: decisions) else { return nil }
            editor.picker = ListState()
            return Step.none
        }
        switch command {
        case .previousField, .up: list.move(-1, count: decisions.count)
        case .nextField, .down: list.move(1, count: decisions.count)
        case .submit:
            editor.picker = nil
            if let chosen = decisions[safe: list.selected] {
                editor.form["evidence"].input = TextInput(chosen.code, maxLength: editor.form["evidence"].input.maxLength)
            }
            return Step.none
        case .cancel:
            editor.picker = nil
            return Step.none
        default: return Step.none
        }
        editor.picker = list
        return Step.none
    }

    /// Enter on the empty 会议记录 field of a deduction item, when there are decisions to choose from.
    static func opens(_ command: Command, _ form: FormState, decisions: [DecisionCitation]) -> Bool {
        guard command == .submit, !decisions.isEmpty, form.focused.id == "evidence", form["evidence"].text.isEmpty else { return false }
        return PointsItem.allCases.first { $0.title == form["item"].text.trimmingCharacters(in: .whitespaces) }?.isDeduction == true
    }

    /// The list over the form: one decision a row, the chosen one highlighted.
    static func render(_ list: ListState, decisions: [DecisionCitation], into buffer: inout ScreenBuffer) {
        let shown = min(decisions.count, 10)
        let inner = Dialog.render(title: title, width: 76, height: shown + 2, into: &buffer)
        let first = max(0, list.selected - shown + 1)
        for (row, index) in (first..<min(decisions.count, first + shown)).enumerated() {
            let d = decisions[index]
            let text = DisplayWidth.fit("\(d.code) \(d.date.iso) \(d.text)", to: inner.width)
            buffer.put(text, x: inner.x, y: inner.y + row, role: index == list.selected ? .listSelected : .dialog)
        }
    }
}
