extension ScreenBuffer {
    /// Writes `text` wrapped to `width` columns by the rules of Chinese line breaking (see `TextWrap`),
    /// from row `y`, at most `maxLines` rows; returns the rows used. Lines after the first start with `rest`.
    /// Lines past `maxLines` are left out and noted in `clipped`.
    @discardableResult
    public mutating func putParagraph(_ text: String, x: Int, y: Int, width: Int, maxLines: Int = .max, rest: String = "",
                                      role: StyleRole) -> Int {
        let all = TextWrap.lines(text, width: width, rest: rest)
        let lines = all.prefix(max(0, maxLines))
        for (i, line) in lines.enumerated() { put(line, x: x, y: y + i, maxWidth: width, role: role) }
        if all.count > lines.count {
            clipped.append(Clip(x: x, y: y + lines.count, role: role, shown: lines.joined(), lost: all.dropFirst(lines.count).joined()))
        }
        return lines.count
    }
}
