import ScreenKit

/// The keys every form answers the same way: Esc closes it, Tab and Shift-Tab move, Enter submits.
enum FormKeys {
    /// Handles `command` for the form held in `editor`; Esc sets `editor` to nil, Enter calls `submit`.
    static func handle<Editor>(_ command: Command, _ editor: inout Editor?, form: WritableKeyPath<Editor, FormState>,
                               submit: (inout Editor) -> Step) -> Step {
        guard var open = editor else { return .none }
        var step = Step.none
        switch command {
        case .cancel:
            editor = nil
            return .none
        case .nextField: open[keyPath: form].nextField()
        case .previousField: open[keyPath: form].previousField()
        case .submit: step = submit(&open)
        default: break
        }
        editor = open
        return step
    }
}
