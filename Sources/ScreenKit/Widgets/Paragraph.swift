extension ScreenBuffer {
    /// Writes `text` wrapped to `width` columns by the rules of Chinese line breaking (see `TextWrap`),
    /// from row `y`, at most `maxLines` rows; returns the rows used. Lines after the first start with `rest`.
    @discardableResult
    public mutating func putParagraph(_ text: String, x: Int, y: Int, width: Int, maxLines: Int = .max, rest: String = "",
                                      role: StyleRole) -> Int {
        let lines = TextWrap.lines(text, width: width, rest: rest).prefix(max(0, maxLines))
        for (i, line) in lines.enumerated() { put(line, x: x, y: y + i, maxWidth: width, role: role) }
        return lines.count
    }
}
