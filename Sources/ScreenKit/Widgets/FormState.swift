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
    /// An error too long for its place is marked "✗" there and drawn whole, wrapped, below the form;
    /// a hint too long for the value's row takes the row below when there is no error.
    public func render(into buffer: inout ScreenBuffer, rect: Rect, labelWidth: Int = 14) {
        let valueX = rect.x + labelWidth + 2
        var long: [FormField] = []
        for (index, field) in fields.enumerated() {
            let y = rect.y + index * 2
            guard y < rect.maxY else { break }
            let label = String(repeating: " ", count: max(0, labelWidth - DisplayWidth.of(field.label))) + field.label
            buffer.put(label + "：", x: rect.x, y: y, maxWidth: labelWidth + 2, role: .label)
            let value = Rect(x: valueX, y: y, width: min(rect.maxX - valueX, field.width ?? 40), height: 1)
            var shown = field
            let hintBelow = field.error == nil && y + 1 < rect.maxY && !hintFits(field, after: value.maxX, limit: rect.maxX)
            if hintBelow { shown.hint = nil }
            renderValue(shown, focused: index == focus, into: &buffer, value, limit: rect.maxX)
            if hintBelow, let hint = field.hint {   // under the value, or as far left as it must start to end in the form
                let x = max(rect.x, min(valueX, rect.maxX - DisplayWidth.of(hint)))
                buffer.put(hint, x: x, y: y + 1, maxWidth: rect.maxX - x, role: .muted)
            }
            if field.error != nil, y + 1 < rect.maxY, !renderError(field, into: &buffer, x: valueX, y: y + 1, limit: rect.maxX) {
                long.append(field)
            }
        }
        renderLongErrors(long, into: &buffer, rect: rect, below: rect.y + fields.count * 2)
    }

    /// Whether a text field's hint fits whole after its value box ending at `end`; choices draw theirs
    /// after their options (too long ones as one option at a time).
    func hintFits(_ field: FormField, after end: Int, limit: Int) -> Bool {
        field.isChoice || field.hint.map { end + 2 + DisplayWidth.of($0) <= limit } ?? true
    }

    /// The rows `render` needs at `width` to show everything: two a field, then the wrapped lines of
    /// each error too long for its place. A dialog sizes itself by it.
    public func renderedHeight(width: Int, labelWidth: Int = 14) -> Int {
        let room = width - labelWidth - 2
        let long = fields.filter { !errorFits($0, room: room) }
        return fields.count * 2 + long.reduce(0) { $0 + longErrorLines($1, width: width).count }
    }

    func longErrorLines(_ field: FormField, width: Int) -> [String] {
        TextWrap.lines("✗ \(field.label)：\(field.error ?? "")", width: width, rest: "  ")
    }

    /// Whether a field's error, "✗ " and all, fits on one row of `room` columns (an error of several
    /// lines never does: it is drawn whole below the form).
    func errorFits(_ field: FormField, room: Int) -> Bool {
        guard let error = field.error else { return true }
        return !error.contains("\n") && DisplayWidth.of("✗ " + error) <= room
    }

    /// Draws "✗ error" at (x, y) if it fits before `limit` and returns true; otherwise draws only the
    /// mark (where there is room) and returns false, for the caller to draw the error whole elsewhere.
    func renderError(_ field: FormField, into buffer: inout ScreenBuffer, x: Int, y: Int, limit: Int) -> Bool {
        let fits = errorFits(field, room: limit - x)
        let text = "✗ " + (field.error ?? "")
        if x < limit { buffer.put(fits ? text : "✗", x: x, y: y, maxWidth: limit - x, role: .fieldError) }
        return fits
    }

    /// Draws each field's error whole, prefixed with its label and wrapped to the form's width, on the
    /// rows from `below` (or as high as they must start to end inside `rect`); returns the row after them.
    @discardableResult
    func renderLongErrors(_ fields: [FormField], into buffer: inout ScreenBuffer, rect: Rect, below: Int) -> Int {
        let lines = fields.flatMap { longErrorLines($0, width: rect.width) }
        guard !lines.isEmpty else { return below }
        let top = max(rect.y, min(below, rect.maxY - lines.count))
        buffer.fill(Rect(x: rect.x, y: top, width: rect.width, height: min(lines.count, rect.maxY - top)), role: .normal)
        for (i, line) in lines.enumerated() where top + i < rect.maxY {
            buffer.put(line, x: rect.x, y: top + i, maxWidth: rect.width, role: .fieldError)
        }
        return top + lines.count
    }

    /// Draws a field's value into `box` and its hint after it, never past column `limit`; returns
    /// the column after the value.
    @discardableResult
    func renderValue(_ field: FormField, focused: Bool, into buffer: inout ScreenBuffer, _ box: Rect, limit: Int) -> Int {
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
        return end
    }

    /// Draws the options of a choice field; returns the column after the last one. A single choice
    /// whose options do not fit before `limit` shows only the chosen one, as "‹ 便民利民类项目 ›  ←→ 选择（1/5）".
    private func renderOptions(_ field: FormField, focused: Bool, into buffer: inout ScreenBuffer, x: Int, y: Int, limit: Int) -> Int {
        var column = x
        let multi: Bool
        if case .multiChoice = field.kind { multi = true } else { multi = false }
        let whole = field.options.reduce(-1) { $0 + DisplayWidth.of(FormField.mark(false, multiple: multi) + $1) + 1 }
        if !multi, x + whole > limit { return renderSpinner(field, focused: focused, into: &buffer, x: x, y: y, limit: limit) }
        for (i, option) in field.options.enumerated() {
            let mark = FormField.mark(field.selected.contains(i), multiple: multi)
            let isCursor = focused && (multi ? i == field.optionCursor : field.selected.contains(i))
            let role: StyleRole = isCursor ? .fieldFocused : (field.selected.contains(i) ? .field : .normal)
            column += buffer.put("\(mark)\(option)", x: column, y: y, maxWidth: limit - column, role: role) + 1
        }
        if focused { buffer.cursor = nil }
        return column - 1
    }

    private func renderSpinner(_ field: FormField, focused: Bool, into buffer: inout ScreenBuffer, x: Int, y: Int, limit: Int) -> Int {
        let chosen = field.selected.first ?? 0
        let used = buffer.put("‹ \(field.options[chosen]) ›", x: x, y: y, maxWidth: limit - x, role: focused ? .fieldFocused : .field)
        if focused { buffer.cursor = nil }
        guard x + used + 2 < limit else { return x + used }
        return x + used + 2 + buffer.put(FormField.spinnerHint(chosen, of: field.options.count), x: x + used + 2, y: y,
                                          maxWidth: limit - x - used - 2, role: .muted)
    }
}
