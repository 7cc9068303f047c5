import Domain
import Foundation
import ScreenKit

/// One visit as the source's paper form 居民区走访记录（样张） lays it out: a ruled table of
/// 走访时间 (年 月 日 时 分), 走访人, 走访居民姓名 beside 楼室号, 家庭成员情况, 走访事由, 困难或诉求
/// and 备注, whose first line names the visit type as the form's note asks. Columns are counted
/// in display width (a Chinese character takes two), so the rules line up on a terminal and on
/// paper; the lines are ASCII-ruled so that a printer's font cannot widen them.
///
/// The same text is printed by `baishihui export visits --id N` and shown in the tab's dialog.
public enum VisitSheet {
    /// The width of the table, which fits a dialog on an 80-column terminal and an A4 page.
    public static let width = 72
    /// The label column, wide enough for the longest label (走访居民姓名) with a space either side.
    static let labelWidth = 14
    /// The resident's name cell and the 楼室号 label cell of the row they share.
    static let nameWidth = 20
    static let roomLabelWidth = 8

    // MARK: - The text

    /// The lines of the form for `record`, then what `history` (every version, oldest first) says
    /// about it: the record it corrects and what changed, the record that corrects it, and the
    /// earlier versions' own forms, newest first, so the original is always there to read.
    public static func lines(_ record: VisitRecord, history: [VisitRecord] = []) -> [String] {
        var out = form(record) + notes(record, history: history)
        for earlier in history.reversed() where earlier.id < record.id {   // a correction is always a later row
            out += [""] + form(earlier) + notes(earlier, history: history)
        }
        return out
    }

    /// The ruled table of one record.
    static func form(_ record: VisitRecord) -> [String] {
        let value = width - labelWidth - 3
        let roomWidth = value - nameWidth - roomLabelWidth - 2
        let wide = [labelWidth, value]
        let split = [labelWidth, nameWidth, roomLabelWidth, roomWidth]
        var out = [centered(VisitsText.sheetTitle, width: width), rightAligned(VisitsText.sheetNumber(record.id), width: width)]
        out.append(rule(wide))
        out += row(wide, [VisitsText.time, date(record.at)])
        out.append(rule(wide))
        out += row(wide, [VisitsText.visitor, record.workerName])
        out.append(rule(split))
        out += row(split, [VisitsText.resident, record.residentName, VisitsText.room, record.room])
        out.append(rule(split))
        for (label, text) in [(VisitsText.members, record.members), (VisitsText.reason, record.reason),
                              (VisitsText.difficulty, record.difficulty)] {
            out += row(wide, [label, text])
            out.append(rule(wide))
        }
        out += row(wide, [VisitsText.remark, VisitsText.sheetKind(record.kind)], more: record.remark)
        out.append(rule(wide))
        return out
    }

    /// The lines joined for a file or a terminal, ending in a line break.
    public static func text(_ record: VisitRecord, history: [VisitRecord] = []) -> String {
        lines(record, history: history).joined(separator: "\n") + "\n"
    }

    /// "2026 年 11 月 29 日 10 时 05 分", the paper form's 年 月 日 时 分 filled in, in Shanghai.
    static func date(_ at: Date) -> String {
        let parts = ShanghaiCalendar.calendar.dateComponents([.year, .month, .day, .hour, .minute], from: at)
        return String(format: "%d 年 %d 月 %d 日 %02d 时 %02d 分",
                      parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0)
    }

    // MARK: - Notes under the table

    /// What the history says about `record`: the record it corrects and how, and the one that corrects it.
    static func notes(_ record: VisitRecord, history: [VisitRecord]) -> [String] {
        var sentences = [String]()
        if let correction = record.correction {
            sentences.append(VisitsText.sheetCorrects(correction))
            if let original = history.first(where: { $0.id == correction.corrects }) {
                sentences += VisitChanges.between(original, record).map(VisitsText.sheetChange)
            }
        }
        if let later = record.correctedBy { sentences.append(VisitsText.sheetCorrectedBy(later)) }
        return sentences.flatMap { sentence in
            let first = DisplayWidth.prefix(sentence, fitting: width)
            let rest = VisitsView.wrap(String(sentence.dropFirst(first.count)), width: width - 4).map { "    " + $0 }
            return [first] + rest
        }
    }

    // MARK: - Ruling

    /// "+------+-----…+": a rule under cells of the given widths.
    static func rule(_ widths: [Int]) -> String {
        "+" + widths.map { String(repeating: "-", count: $0) + "+" }.joined()
    }

    /// One row of cells, each text wrapped in its cell; `more` adds lines to the last cell.
    static func row(_ widths: [Int], _ texts: [String], more: String = "") -> [String] {
        var cells = zip(widths, texts).map { width, text in VisitsView.wrap(text, width: width - 2) }
        if !more.isEmpty, !cells.isEmpty { cells[cells.count - 1] += VisitsView.wrap(more, width: widths[widths.count - 1] - 2) }
        let height = max(1, cells.map(\.count).max() ?? 1)
        return (0..<height).map { line in
            "|" + zip(widths, cells).map { width, cell in
                " " + DisplayWidth.fit(cell[safe: line] ?? "", to: width - 2, ellipsis: false) + " |"
            }.joined()
        }
    }

    static func centered(_ text: String, width: Int) -> String {
        String(repeating: " ", count: max(0, (width - DisplayWidth.of(text)) / 2)) + text
    }

    static func rightAligned(_ text: String, width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
    }
}
