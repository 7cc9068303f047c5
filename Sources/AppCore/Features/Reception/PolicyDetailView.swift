import Domain
import ScreenKit

/// Draws one policy item in full: its title and line of business, then each field under its
/// heading, wrapped by display width, scrolled to `scroll`.
enum PolicyDetailView {
    /// The body's width and the rows left for the fields at the smallest screen, 80×24; the
    /// reducer bounds the scroll with them (a wider screen needs fewer lines).
    static let minimumWidth = 76
    static let minimumRows = 17
    /// Rows above the fields: the title, the date line and a blank.
    static let headerRows = 3

    /// One line to draw, with its role.
    struct Line: Equatable {
        var text: String
        var role: StyleRole
    }

    static func render(_ item: PolicyItem, scroll: Int, into buffer: inout ScreenBuffer, rect: Rect) {
        let titleWidth = buffer.put(item.title, x: rect.x, y: rect.y, role: .title)
        if item.isSample { buffer.put(ReceptionText.sampleMark, x: rect.x + titleWidth + 1, y: rect.y, role: .messageWarning) }
        let line = ReceptionText.lineOfBusiness(item.lineOfBusiness)
        buffer.put(line, x: rect.maxX - DisplayWidth.of(line), y: rect.y, role: .label)
        var meta = ReceptionText.checked(item.lastChecked.iso)
        if item.isSample { meta += " · " + ReceptionText.sampleNote }
        buffer.put(meta, x: rect.x, y: rect.y + 1, maxWidth: rect.width, role: .muted)
        renderFields(lines(item, width: rect.width), scroll: scroll, into: &buffer,
                     rect: Rect(x: rect.x, y: rect.y + headerRows, width: rect.width, height: rect.height - headerRows))
    }

    /// The fields' lines from `scroll` (kept within the last page), and where they are when there are more.
    static func renderFields(_ lines: [Line], scroll: Int, into buffer: inout ScreenBuffer, rect: Rect) {
        let start = min(max(0, scroll), max(0, lines.count - rect.height))
        for (offset, line) in lines.dropFirst(start).prefix(rect.height).enumerated() {
            buffer.put(line.text, x: rect.x, y: rect.y + offset, maxWidth: rect.width, role: line.role)
        }
        guard lines.count > rect.height else { return }
        let note = ReceptionText.position(start + 1, min(lines.count, start + rect.height), lines.count)
        buffer.put(note, x: rect.maxX - DisplayWidth.of(note), y: rect.y - 1, role: .muted)
    }

    /// The last useful scroll position at the smallest screen.
    static func lastScroll(_ item: PolicyItem) -> Int {
        max(0, lines(item, width: minimumWidth).count - minimumRows)
    }

    // MARK: - Lines

    /// Every field under its heading; lists numbered with a hanging indent.
    static func lines(_ item: PolicyItem, width: Int) -> [Line] {
        typealias S = ReceptionText.Section
        var out: [Line] = []
        func section(_ heading: String, _ body: [String]) {
            if !out.isEmpty { out.append(Line(text: "", role: .normal)) }
            out.append(Line(text: heading, role: .label))
            out += body.map { Line(text: $0, role: .normal) }
        }
        if !item.aliases.isEmpty { section(S.aliases, paragraph(item.aliases.joined(separator: "、"), width)) }
        section(S.eligibility, paragraph(item.eligibility, width))
        section(S.materials, item.materials.isEmpty ? paragraph(S.none, width) : numbered(item.materials, width))
        section(S.procedure, numbered(item.procedure, width))
        section(S.legalBasis, paragraph(item.legalBasis.isEmpty ? S.none : item.legalBasis, width))
        section(S.department, paragraph(item.department, width))
        section(S.location, paragraph(item.location, width))
        return out
    }

    private static func paragraph(_ text: String, _ width: Int) -> [String] {
        TextWrap.lines(text, width: width, first: "  ", rest: "  ")
    }

    private static func numbered(_ entries: [String], _ width: Int) -> [String] {
        entries.enumerated().flatMap { index, entry in
            let mark = "  \(index + 1). "
            return TextWrap.lines(entry, width: width, first: mark, rest: String(repeating: " ", count: mark.count))
        }
    }
}
