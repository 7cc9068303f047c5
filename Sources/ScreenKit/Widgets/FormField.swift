/// One field of a form: a label, what kind of value it takes, its current input and its error.
public struct FormField: Equatable, Sendable, Identifiable {
    /// The kinds of value a field takes; validation of dates and amounts belongs to the domain.
    public enum Kind: Equatable, Sendable {
        case text
        /// Shown as `*`, for PINs.
        case secret
        case date
        case amount
        /// Exactly one of the options; Left/Right or Space changes it.
        case choice([String])
        /// Any of the options; Left/Right moves, Space toggles. The cursor starts on the first ticked one.
        case multiChoice([String])
    }

    public var id: String
    public var label: String
    public var kind: Kind
    public var input: TextInput
    public var selected: Set<Int>
    public var optionCursor = 0
    public var error: String?
    /// A grey note after the value, such as "YYYY-MM-DD" or "4–8 位数字".
    public var hint: String?
    /// Columns for the value box; nil takes the form's default.
    public var width: Int?

    public init(id: String, label: String, kind: Kind = .text, value: String = "", selected: Set<Int> = [],
                maxLength: Int = 60, hint: String? = nil, width: Int? = nil) {
        self.id = id
        self.label = label
        self.kind = kind
        self.input = TextInput(value, maxLength: maxLength)
        self.selected = selected
        self.hint = hint
        self.width = width
        if case .choice = kind, selected.isEmpty { self.selected = [0] }
        if case .multiChoice = kind { optionCursor = selected.min() ?? 0 }
    }

    /// The mark before an option: a checkbox where several may be ticked, a radio mark where one is chosen.
    public static func mark(_ on: Bool, multiple: Bool) -> String {
        multiple ? (on ? "[x]" : "[ ]") : (on ? "(*)" : "( )")
    }

    /// The hint of a multi-choice field: how to move between its options and how to tick one.
    public static let multiChoiceHint = "←→移动 空格勾选"
    /// After a single choice too long for its row, shown one option at a time: "←→ 选择（2/5）".
    public static func spinnerHint(_ chosen: Int, of count: Int) -> String { "←→ 选择（\(chosen + 1)/\(count)）" }

    public var options: [String] {
        switch kind {
        case .choice(let o), .multiChoice(let o): return o
        default: return []
        }
    }

    public var isChoice: Bool { !options.isEmpty }

    /// The text typed, for text-like fields.
    public var text: String { input.text }

    /// The chosen options, in their order.
    public var chosen: [String] { selected.sorted().map { options[$0] } }

    /// True when the person has typed or chosen something that a cancel would throw away.
    public var hasInput: Bool { isChoice ? false : !input.isEmpty }

    // MARK: - Editing

    /// Applies an editing key; returns false for keys the field does not use.
    public mutating func apply(_ key: Key) -> Bool {
        switch kind {
        case .choice(let options):
            guard let step = step(for: key) else { return false }
            let current = selected.first ?? 0
            selected = [(current + step + options.count) % options.count]
        case .multiChoice(let options):
            if key == .char(" ") {
                if selected.contains(optionCursor) { selected.remove(optionCursor) } else { selected.insert(optionCursor) }
                return true
            }
            guard let step = step(for: key), key != .char(" ") else { return false }
            optionCursor = (optionCursor + step + options.count) % options.count
        default:
            let changed = input.apply(key)
            if changed { error = nil }
            return changed
        }
        error = nil
        return true
    }

    private func step(for key: Key) -> Int? {
        switch key {
        case .left: return -1
        case .right, .char(" "): return 1
        default: return nil
        }
    }
}
