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
        for (index, field) in fields.enumerated() {
            let y = rect.y + index * 2
            guard y < rect.maxY else { break }
            let label = String(repeating: " ", count: max(0, labelWidth - DisplayWidth.of(field.label))) + field.label
            buffer.put(label + "：", x: rect.x, y: y, maxWidth: labelWidth + 2, role: .label)
            let value = Rect(x: valueX, y: y, width: min(rect.maxX - valueX, field.width ?? 40), height: 1)
            renderValue(field, focused: index == focus, into: &buffer, value, limit: rect.maxX)
            if let error = field.error, y + 1 < rect.maxY {
                buffer.put("✗ " + error, x: valueX, y: y + 1, maxWidth: rect.maxX - valueX, role: .fieldError)
            }
        }
    }

    /// Draws a field's value into `box` and its hint after it, never past column `limit`.
    func renderValue(_ field: FormField, focused: Bool, into buffer: inout ScreenBuffer, _ box: Rect, limit: Int) {
        let role: StyleRole = field.error != nil ? .fieldError : (focused ? .fieldFocused : .field)
        var end = box.maxX
        if field.isChoice {
            end = renderOptions(field, focused: focused, into: &buffer, x: box.x, y: box.y, limit: limit)
        } else {
            let shown = field.input.visible(columns: box.width - 1, masked: field.kind == .secret)
            buffer.put(DisplayWidth.fit(shown.text, to: box.width, ellipsis: false), x: box.x, y: box.y, role: role)
            if focused { buffer.cursor = (box.x + shown.cursorColumn, box.y) }
        }
        if let hint = field.hint, end + 2 < limit {
            buffer.put(hint, x: end + 2, y: box.y, maxWidth: limit - end - 2, role: .muted)
        }
    }

    /// Draws the options of a choice field; returns the column after the last one.
    private func renderOptions(_ field: FormField, focused: Bool, into buffer: inout ScreenBuffer, x: Int, y: Int, limit: Int) -> Int {
        var column = x
        let multi: Bool
        if case .multiChoice = field.kind { multi = true } else { multi = false }
        for (i, option) in field.options.enumerated() {
            let mark = multi ? (field.selected.contains(i) ? "[x]" : "[ ]") : (field.selected.contains(i) ? "(*)" : "( )")
            let isCursor = focused && (multi ? i == field.optionCursor : field.selected.contains(i))
            let role: StyleRole = isCursor ? .fieldFocused : (field.selected.contains(i) ? .field : .normal)
            column += buffer.put("\(mark)\(option)", x: column, y: y, maxWidth: limit - column, role: role) + 1
        }
        if focused { buffer.cursor = nil }
        return column - 1
    }
}
