/// A compact drawing of a form for screens with many fields: one row per field, an error after
/// the value instead of on a row of its own.
extension FormState {
    /// Draws each field on its own row (label right-aligned, the value, then its hint or its error);
    /// returns the row after the last field drawn.
    @discardableResult
    public func renderRows(into buffer: inout ScreenBuffer, rect: Rect, labelWidth: Int = 12) -> Int {
        let valueX = rect.x + labelWidth + 2
        var y = rect.y
        for (index, field) in fields.enumerated() where y < rect.maxY {
            let label = String(repeating: " ", count: max(0, labelWidth - DisplayWidth.of(field.label))) + field.label
            buffer.put(label + "：", x: rect.x, y: y, maxWidth: labelWidth + 2, role: .label)
            var shown = field
            if let error = field.error { shown.hint = "✗ " + error }
            let value = Rect(x: valueX, y: y, width: min(rect.maxX - valueX, field.width ?? 40), height: 1)
            renderValue(shown, focused: index == focus, into: &buffer, value, limit: rect.maxX)
            if field.error != nil, let hint = shown.hint {
                let x = field.isChoice ? rect.maxX : value.maxX + 2
                if x < rect.maxX { buffer.put(hint, x: x, y: y, maxWidth: rect.maxX - x, role: .fieldError) }
            }
            y += 1
        }
        return y
    }
}
