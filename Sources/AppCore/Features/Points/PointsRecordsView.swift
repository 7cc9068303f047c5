import Domain
import Foundation
import ScreenKit

/// The points tab's list pages: the records behind one item of the card (visits, shifts, or the
/// lines the secretary entered) and the secretary's overview of every worker's month.
enum PointsRecordsView {
    // MARK: - Records behind an item

    static func render(_ item: PointsItem, _ state: PointsState, _ s: PointsSnapshot, _ keys: KeyNamer, now: Date, into buffer: inout ScreenBuffer, rect: Rect) {
        let row = s.rows.first { $0.item == item }
        var columns: [TableColumn]
        var cells: [[String]]
        var summary: String
        switch item {
        case .visits:
            columns = zip(PointsText.visitColumns, [6, 14, 10, 43]).map { TableColumn($0, width: $1) }
            cells = s.visits.map { [String($0.date.iso.dropFirst(5)), $0.room, $0.residentName, $0.reason] }
            summary = PointsText.visitsSummary(VisitQuota.households(of: s.worker.id, in: s.month, visits: s.visits.map(\.visit)), s.visits.count)
        case .duty:
            let tally = s.duty(now: now)
            columns = zip(PointsText.dutyColumns, [10, 12, 10, 41]).map { TableColumn($0, width: $1) }
            cells = tally.lines.map { ["\($0.shift.date.iso.dropFirst(5)) \($0.shift.date.weekday.short)", $0.shift.span.description,
                                       $0.shift.kind.title, $0.status.title] }
            summary = tally.verdict.message
        case .reception:
            columns = zip(PointsText.receptionColumns, [12, 12, 8, 32, 6]).map { TableColumn($0, width: $1) }
            cells = s.receptions.map { r in
                [VisitTime.format(r.content.at).dropFirst(5).description, r.content.room, r.content.residentName, r.content.question,
                 PointsText.receptionMark(r, late: LateAddition.recordIDs(.reception, in: s.late))]
            }
            summary = PointsText.receptionRecords(row?.lines.first?.line.evidence ?? "", keys)
        case .onlineReply:
            columns = zip(PointsText.replyColumns, [12, 8, 40, 10]).map { TableColumn($0, width: $1) }
            cells = s.replies.map { r in
                [r.content.answeredAt.map { VisitTime.format($0).dropFirst(5).description } ?? "", r.content.channel, r.content.question,
                 r.content.satisfied.map { $0 ? PointsText.satisfiedMark : PointsText.unsatisfiedMark } ?? PointsText.unratedMark]
            }
            summary = PointsText.replyRecords(row?.lines.first?.line.evidence ?? "", keys)
        default:
            columns = zip(PointsText.lineColumns, [34, 6, 34]).map { TableColumn($0, width: $1) }
            cells = (row?.lines ?? []).map { [claimText($0.line), Points.format($0.points), $0.line.basis ?? $0.line.evidence] }
            summary = PointsText.notComputed
        }
        var y = rect.y + buffer.putParagraph(summary, x: rect.x, y: rect.y, width: rect.width, maxLines: 2, role: .label)
        let listHeight = max(2, rect.height - (y - rect.y) - 6)
        if !columns.isEmpty {
            TableView.render(columns: columns, rows: cells, state: state.list, focused: state.editor == nil, into: &buffer,
                             rect: Rect(x: rect.x, y: y, width: rect.width, height: listHeight))
        }
        if cells.isEmpty { buffer.put(PointsText.noRecords, x: rect.x, y: y + 1, role: .muted) }
        y += listHeight
        if let detail = selectedRecord(item, state, s, keys, now: now) {
            y += buffer.putParagraph(detail, x: rect.x, y: y, width: rect.width, maxLines: 2, role: .label)
        }
        for line in row?.lines.prefix(1) ?? [] {
            y += buffer.putParagraph(line.verdict.message, x: rect.x, y: y, width: rect.width, maxLines: 3, role: .normal)
        }
        for note in s.total.lineChanges where note.item == item && y < rect.maxY - 1 {
            y += buffer.putParagraph(note.sentence, x: rect.x, y: y, width: rect.width, maxLines: 2, role: .messageWarning)
        }
        if y < rect.maxY { buffer.put(PointsText.back(keys), x: rect.x, y: y, role: .muted) }
    }

    /// The selected record in full: a visit as recorded (with its number), a shift with the
    /// attendance rule's sentence; nil for items without records.
    static func selectedRecord(_ item: PointsItem, _ state: PointsState, _ s: PointsSnapshot, _ keys: KeyNamer, now: Date) -> String? {
        switch item {
        case .visits:
            return s.visits[safe: state.list.selected].map(PointsText.visitDetail)
        case .duty:
            let lines = s.duty(now: now).lines
            guard let shift = lines[safe: state.list.selected]?.shift, let mine = shift.assignment(of: s.worker.id) else { return nil }
            return Attendance.evaluate(mine, on: shift, now: now, rules: s.rules).message
        case .reception:
            return s.receptions[safe: state.list.selected].map {
                PointsText.receptionDetail($0, late: LateAddition.recordIDs(.reception, in: s.late), keys)
            }
        case .onlineReply:
            return s.replies[safe: state.list.selected].map { OnlineReplyPoints.evaluate($0, rules: s.rules).message }
        default: return nil
        }
    }

    // MARK: - One record in full

    /// The record at `index` of the list behind `item`, in full: a reception record as the
    /// reception log shows it, a platform question with its answer, a visit, a shift.
    static func record(_ item: PointsItem, _ index: Int, _ s: PointsSnapshot, user: Person, now: Date, keys: KeyNamer, into buffer: inout ScreenBuffer,
                       rect: Rect) {
        if item == .reception, let reception = s.receptions[safe: index] {
            ReceptionRecordView.render(reception, user: user, today: ShanghaiCalendar.day(of: now), rules: s.rules, keys: nil,
                                       into: &buffer, rect: rect)
            // The reception tab's keys (s, e) mean other things here: the line says how to go back instead.
            buffer.put(DisplayWidth.fit(PointsText.backToList(keys), to: rect.width), x: rect.x, y: rect.maxY - 1, role: .muted)
            return
        } else {
            var lines: [String] = []
            switch item {
            case .onlineReply: lines = s.replies[safe: index].map { PointsText.replyDetail($0, rules: s.rules) } ?? []
            case .visits: lines = s.visits[safe: index].map { [PointsText.visitDetail($0)] } ?? []
            case .duty:
                let state = PointsState(page: .records(.duty), selected: index)
                lines = selectedRecord(.duty, state, s, keys, now: now).map { [$0] } ?? []
            default: break
            }
            var y = rect.y
            for line in lines where y < rect.maxY - 1 {
                y += buffer.putParagraph(line, x: rect.x, y: y, width: rect.width, maxLines: rect.maxY - 1 - y, role: .normal)
            }
        }
        buffer.put(PointsText.backToList(keys), x: rect.x, y: rect.maxY - 1, maxWidth: rect.width, role: .muted)
    }

    /// "个人区级 1 次", "2 次": what a line claims, in the card's words.
    static func claimText(_ line: PointsLine) -> String {
        switch line.claim {
        case .count(let n): return "\(line.item.title) \(n) \(line.item.unit)"
        case .households(let n): return "\(n) 户"
        case .award(let scope, let level): return "\(line.item.title) \(scope.title)\(level.title)"
        case .inspection(let scope): return "\(line.item.title) \(scope.title)"
        case .contest(let prize): return "\(line.item.title) 参赛" + (prize.map { " \($0.title)" } ?? "")
        case .deduction: return "\(line.item.title) 扣分"
        case .breach: return "\(line.item.title) 当月清零"
        }
    }

    // MARK: - The secretary's overview

    static func overview(_ state: PointsState, _ s: PointsSnapshot, into buffer: inout ScreenBuffer, rect: Rect) {
        guard s.hasOverview else { buffer.put(PointsText.loading, x: rect.x, y: rect.y, role: .muted); return }
        let columns = zip(PointsText.overviewColumns, [10, 12, 28, 23]).map { TableColumn($0, width: $1) }
        let cells = s.overview.map { row -> [String] in
            let status = row.card.signature.map(PointsText.signed) ?? PointsText.unsignedCard
            let note = row.total.zeroed ? PointsText.zeroed : (row.total.isAmended ? PointsText.amended : "")
            return [row.worker.name, Points.format(row.total.total), status, note + row.total.problems.map(\.message).joined(separator: "；")]
        }
        let listHeight = min(rect.height - 3, cells.count + 1)
        TableView.render(columns: columns, rows: cells, state: state.list, focused: state.editor == nil, into: &buffer,
                         rect: Rect(x: rect.x, y: rect.y, width: rect.width, height: listHeight))
        let reminder = s.unsigned.isEmpty ? PointsText.noReminders : PointsText.reminders(s.unsigned, count: s.unsignedCount)
        buffer.putParagraph(reminder, x: rect.x, y: rect.y + listHeight + 1, width: rect.width, maxLines: 2,
                            role: s.unsigned.isEmpty ? .muted : .messageWarning)
    }
}
