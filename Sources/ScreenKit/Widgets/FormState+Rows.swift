/// A compact drawing of a form for screens with many fields: one row per field, an error after
/// the value instead of on a row of its own.
extension FormState {
    /// Draws each field on its own row (label right-aligned, the value, then its hint or its error);
    /// returns the row after the last field drawn.
    @discardableResult
    public func renderRows(into buffer: inout ScreenBuffer, rect: Rect, labelWidth: Int = 12) -> Int {
        let valueX = rect.x + labelWidth + 2
        var y = rect.y
        var long: [FormField] = []
        for (index, field) in fields.enumerated() where y < rect.maxY {
            let label = String(repeating: " ", count: max(0, labelWidth - DisplayWidth.of(field.label))) + field.label
            buffer.put(label + "：", x: rect.x, y: y, maxWidth: labelWidth + 2, role: .label)
            var shown = field
            if field.error != nil { shown.hint = nil }
            let value = Rect(x: valueX, y: y, width: min(rect.maxX - valueX, field.width ?? 40), height: 1)
            let end = renderValue(shown, focused: index == focus, into: &buffer, value, limit: rect.maxX)
            if field.error != nil, !renderError(field, into: &buffer, x: end + 2, y: y, limit: rect.maxX) {
                long.append(field)
            }
            y += 1
        }
        y = renderLongErrors(long, into: &buffer, rect: rect, below: y)
        return y
    }
}
