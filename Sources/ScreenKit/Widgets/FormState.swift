/// A form: its fields, which one has focus, and the drawing of it as label/value rows.
public struct FormState: Equatable, Sendable {
    public var fields: [FormField]
    public var focus = 0

    public init(_ fields: [FormField]) { self.fields = fields }

    public subscript(id: String) -> FormField {
        get { fields.first { $0.id == id }! }
        set { fields[fields.firstIndex { $0.id == id }!] = newValue }
    }

    public var focused: FormField { fields[focus] }
    public var hasInput: Bool { fields.contains { $0.hasInput } }
    /// True when the focused field takes typed characters (then `q` types a q instead of quitting).
    public var isTyping: Bool { !focused.isChoice }

    public mutating func nextField() { focus = (focus + 1) % fields.count }
    public mutating func previousField() { focus = (focus - 1 + fields.count) % fields.count }

    /// Passes an editing key to the focused field.
    public mutating func apply(_ key: Key) -> Bool { fields[focus].apply(key) }

    /// Sets the error shown under a field and moves the focus there.
    public mutating func fail(_ id: String, _ message: String) {
        self[id].error = message
        focus = fields.firstIndex { $0.id == id } ?? focus
    }

    public mutating func clearErrors() {
        for i in fields.indices { fields[i].error = nil }
    }

    // MARK: - Drawing

    /// Draws each field on a row (label right-aligned, then the value) with its error on the row below.
    public func render(into buffer: inout ScreenBuffer, rect: Rect, labelWidth: Int = 14) {
        let valueX = rect.x + labelWidth + 2
        let valueWidth = min(rect.maxX - valueX, 40)
        for (index, field) in fields.enumerated() {
            let y = rect.y + index * 2
            guard y < rect.maxY else { break }
            let label = String(repeating: " ", count: max(0, labelWidth - DisplayWidth.of(field.label))) + field.label
            buffer.put(label + "：", x: rect.x, y: y, maxWidth: labelWidth + 2, role: .label)
            renderValue(field, focused: index == focus, into: &buffer, x: valueX, y: y, width: valueWidth)
            if let error = field.error, y + 1 < rect.maxY {
                buffer.put("✗ " + error, x: valueX, y: y + 1, maxWidth: rect.maxX - valueX, role: .fieldError)
            }
        }
    }

    private func renderValue(_ field: FormField, focused: Bool, into buffer: inout ScreenBuffer, x: Int, y: Int, width: Int) {
        let role: StyleRole = field.error != nil ? .fieldError : (focused ? .fieldFocused : .field)
        if field.isChoice {
            renderOptions(field, focused: focused, into: &buffer, x: x, y: y, width: width)
            return
        }
        let shown = field.input.visible(columns: width - 1, masked: field.kind == .secret)
        buffer.put(DisplayWidth.fit(shown.text, to: width, ellipsis: false), x: x, y: y, role: role)
        if let hint = field.hint {
            buffer.put(hint, x: x + width + 1, y: y, maxWidth: buffer.width - x - width - 1, role: .muted)
        }
        if focused { buffer.cursor = (x + shown.cursorColumn, y) }
    }

    private func renderOptions(_ field: FormField, focused: Bool, into buffer: inout ScreenBuffer, x: Int, y: Int, width: Int) {
        var column = x
        let multi: Bool
        if case .multiChoice = field.kind { multi = true } else { multi = false }
        for (i, option) in field.options.enumerated() {
            let mark = multi ? (field.selected.contains(i) ? "[x]" : "[ ]") : (field.selected.contains(i) ? "(*)" : "( )")
            let isCursor = focused && (multi ? i == field.optionCursor : field.selected.contains(i))
            let role: StyleRole = isCursor ? .fieldFocused : (field.selected.contains(i) ? .field : .normal)
            column += buffer.put("\(mark)\(option)", x: column, y: y, maxWidth: buffer.width - column, role: role) + 1
        }
        if focused { buffer.cursor = nil }
        if let hint = field.hint { buffer.put(hint, x: column + 1, y: y, role: .muted) }
    }
}
