/// The tab bar across the top row: numbered titles, the active one highlighted, a note on the right.
public enum TabBar {
    /// Columns the numbered titles take.
    public static func width(_ titles: [String]) -> Int {
        titles.enumerated().reduce(0) { $0 + DisplayWidth.of(" \($1.offset + 1) \($1.element) ") }
    }

    /// The index of the title drawn at `column`, or nil past the last.
    public static func index(atColumn column: Int, titles: [String]) -> Int? {
        var x = 0
        for (i, title) in titles.enumerated() {
            x += DisplayWidth.of(" \(i + 1) \(title) ")
            if column < x { return column >= 0 ? i : nil }
        }
        return nil
    }

    public static func render(titles: [String], active: Int, trailing: String = "", into buffer: inout ScreenBuffer, y: Int = 0) {
        buffer.fill(Rect(x: 0, y: y, width: buffer.width, height: 1), role: .tabBar)
        var x = 0
        for (i, title) in titles.enumerated() {
            let label = " \(i + 1) \(title) "
            x += buffer.put(label, x: x, y: y, role: i == active ? .tabActive : .tabInactive)
        }
        let w = DisplayWidth.of(trailing)
        guard x + w <= buffer.width else { return }
        if !trailing.isEmpty { buffer.put(trailing, x: buffer.width - w, y: y, role: .tabBar) }
    }
}

/// The status line on the bottom row: who is working, the date, and the keys valid here.
public enum StatusLine {
    /// A key hint such as `?` → 帮助.
    public struct Hint: Equatable, Sendable {
        public var key: String
        public var label: String
        public init(_ key: String, _ label: String) {
            self.key = key
            self.label = label
        }
    }

    /// Draws the left segments (who is working, the date) whole, then as many hints as fit after them, in
    /// their order; the left is shortened with … only when it would leave no room for the first hint.
    public static func render(left: [String], hints: [Hint], into buffer: inout ScreenBuffer, y: Int) {
        buffer.fill(Rect(x: 0, y: y, width: buffer.width, height: 1), role: .status)
        let firstHint = hints.first.map { DisplayWidth.of($0.key) + DisplayWidth.of($0.label) + 1 } ?? 0
        let leftText = left.filter { !$0.isEmpty }.map { " \($0) │" }.joined()
        let budget = max(buffer.width - firstHint - 1, buffer.width / 2 + 1)
        var x = buffer.put(DisplayWidth.of(leftText) > budget ? DisplayWidth.fit(leftText, to: budget) : leftText,
                           x: 0, y: y, role: .statusUser) + 1
        for hint in hints {
            guard x + DisplayWidth.of(hint.key) + DisplayWidth.of(hint.label) <= buffer.width else { break }
            x += buffer.put(hint.key, x: x, y: y, role: .statusKey)
            x += buffer.put(hint.label + " ", x: x, y: y, role: .statusHint)
        }
    }
}

/// A centred box with a border and a title, for questions and the help screen.
public enum Dialog {
    /// Draws the frame and returns the inner rectangle to draw the body into.
    @discardableResult
    public static func render(title: String, width: Int, height: Int, into buffer: inout ScreenBuffer) -> Rect {
        let rect = buffer.bounds.centered(width: width, height: height)
        buffer.fill(rect, role: .dialog)
        let inner = rect.width - 2
        buffer.put("┌" + String(repeating: "─", count: inner) + "┐", x: rect.x, y: rect.y, role: .dialogBorder)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            buffer.put("│", x: rect.x, y: y, role: .dialogBorder)
            buffer.put("│", x: rect.maxX - 1, y: y, role: .dialogBorder)
        }
        buffer.put("└" + String(repeating: "─", count: inner) + "┘", x: rect.x, y: rect.maxY - 1, role: .dialogBorder)
        let t = " \(title) "
        buffer.put(t, x: rect.x + (rect.width - DisplayWidth.of(t)) / 2, y: rect.y, role: .dialogTitle)
        return rect.inset(dx: 2, dy: 1)
    }
}

extension Dialog {
    /// A question in a box: each paragraph of `body` wrapped whole (an empty one is a blank line),
    /// then the line of answer keys. A body taller than the screen keeps its first lines and says how
    /// many more there are ("……另有 N 行"), so the keys that answer are always on screen.
    @discardableResult
    public static func confirm(title: String, width: Int, body: [(text: String, role: StyleRole)], keys: String,
                               into buffer: inout ScreenBuffer) -> Rect {
        var lines = body.flatMap { p in p.text.isEmpty ? [("", p.role)] : TextWrap.lines(p.text, width: width - 4).map { ($0, p.role) } }
        let room = max(1, buffer.height - 3)   // the border's two rows and the keys' row
        if lines.count > room {
            let more = lines.count - (room - 1)
            lines = Array(lines.prefix(room - 1)) + [(moreLines(more), .dialog)]
        }
        let inner = render(title: title, width: width, height: lines.count + 3, into: &buffer)
        for (i, line) in lines.enumerated() {
            buffer.put(line.0, x: inner.x, y: inner.y + i, maxWidth: inner.width, role: line.1)
        }
        buffer.put(keys, x: inner.x, y: inner.y + lines.count, maxWidth: inner.width, role: .dialogTitle)
        buffer.cursor = nil
        return inner
    }

    /// "……另有 3 行": how much of a dialog's body did not fit.
    public static func moreLines(_ count: Int) -> String { "……另有 \(count) 行" }
}
