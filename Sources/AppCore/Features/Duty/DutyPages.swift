import Domain
import Foundation
import ScreenKit

/// The duty tab's list pages: my shifts with the rule's sentence, the swaps, and the published
/// hours with the templates and the month's coverage gaps.
enum DutyPages {
    // MARK: - My shifts

    static func mine(_ state: DutyState, _ s: DutySnapshot, user: Person, now: Date, into buffer: inout ScreenBuffer, rect: Rect) {
        let tally = s.tally(of: user.id, now: now)
        let columns = zip(DutyText.mineColumns, [14, 12, 10, 30]).map { TableColumn($0, width: $1) }
        let rows = tally.lines.map { line -> [String] in
            let a = line.shift.assignment(of: user.id)!
            let times = a.signIn == nil ? "" : [a.signIn, a.signOut].map { $0.map { ClockTime.of($0).text } ?? "—" }.joined(separator: "→")
            let swapped = a.swappedFrom.map { " 换自\($0)" } ?? ""
            return ["\(line.shift.date.iso.dropFirst(5)) \(line.shift.date.weekday.short)", line.shift.span.description,
                    line.shift.kind.title, "\(line.status.title) \(times)\(swapped)"]
        }
        let listHeight = min(rect.height - 4, max(2, rows.count + 1))
        TableView.render(columns: columns, rows: rows, state: state.list, focused: state.editor == nil, into: &buffer,
                         rect: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: listHeight))
        if rows.isEmpty { buffer.put(DutyText.noShiftsMine, x: rect.x, y: rect.y + 2, role: .muted) }
        var y = rect.y + 2 + listHeight
        if let line = tally.lines[safe: state.list.selected] {
            let verdict = Attendance.evaluate(line.shift.assignment(of: user.id)!, on: line.shift, now: now, rules: s.rules)
            y += buffer.putParagraph(verdict.message, x: rect.x, y: y, width: rect.width, role: verdict.isOK ? .normal : .messageWarning)
        }
        buffer.putParagraph(tally.verdict.message, x: rect.x, y: y, width: rect.width, role: .label)
    }

    // MARK: - Swaps

    static func swaps(_ state: DutyState, _ s: DutySnapshot, _ keys: KeyNamer, into buffer: inout ScreenBuffer, rect: Rect) {
        let columns = zip(DutyText.swapColumns, [30, 8, 8, 26]).map { TableColumn($0, width: $1) }
        let rows = s.roster.swaps.map { w in
            [w.shift.title, w.fromName, w.toName, w.stage.title + (w.deciderName.map { "（\($0)）" } ?? "")]
        }
        TableView.render(columns: columns, rows: rows, state: state.list, focused: state.editor == nil, into: &buffer,
                         rect: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1))
        if rows.isEmpty { buffer.put(DutyText.noSwaps(keys), x: rect.x, y: rect.y + 2, maxWidth: rect.width, role: .muted) }
    }

    // MARK: - Hours, templates, coverage

    static func hours(_ s: DutySnapshot, _ keys: KeyNamer, into buffer: inout ScreenBuffer, rect: Rect) {
        var lines: [(String, StyleRole)] = [(DutyText.hoursHeading, .label)]
        let published = s.roster.hours.lines
        lines += published.isEmpty ? [(DutyText.noHours(keys), .muted)] : published.map { ("  " + $0, .normal) }
        lines.append((DutyText.templatesHeading(keys), .label))
        lines += s.roster.templates.isEmpty ? [(DutyText.noTemplates, .muted)] : s.roster.templates.map { t in
            ("  \(t.title)  " + t.workers.compactMap { id in s.people.first { $0.id == id }?.name }.joined(separator: "、"), .normal)
        }
        let gaps = s.roster.hours.isEmpty ? [] : s.gaps
        lines.append((gaps.isEmpty ? DutyText.noGaps : DutyText.gapsHeading(gaps.count), gaps.isEmpty ? .messageOK : .messageWarning))
        lines += gaps.map { ("  " + $0.message, .normal) }
        var y = rect.y + 1
        for (text, role) in lines where y < rect.maxY {
            y += buffer.putParagraph(text, x: rect.x, y: y, width: rect.width, maxLines: rect.maxY - y, rest: "    ", role: role)
        }
    }
}
