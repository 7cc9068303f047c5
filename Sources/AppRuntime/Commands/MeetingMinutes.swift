import DataFile
import Domain
import Storage

/// The minutes of a year's meetings (议事协商, 实施意见 二(五)): printable text, one block a meeting
/// with its numbered decisions, and CSV with a BOM whose columns are the import's plus 编号.
struct MeetingMinutes {
    let meetings: [Meeting]
    let committee: String
    let year: Int
    let rules: RuleSet

    /// The import header plus 编号, so the file reads back with `import meetings` after dropping that column.
    var csv: String {
        let rows = meetings.map { m in
            [m.date.iso, m.kind.title, m.place, m.topic, m.attendees.joined(separator: "、"), m.outsideParties.joined(separator: "、"),
             m.decisions.map(\.text).joined(separator: "；"), "\(m.id)"]
        }
        return CSVText.document([MeetingImport.header + ["编号"]] + rows)
    }

    /// A page to print: the title, then each meeting's minutes and a place to sign.
    var text: String {
        var out = ["\(committee) 议事协商会议记录 \(year) 年", "依据：\(rules.clause(.meetings))；共 \(meetings.count) 次会议", ""]
        if meetings.isEmpty { out.append("本年没有会议记录") }
        for m in meetings { out += block(m) }
        return out.joined(separator: "\n") + "\n"
    }

    private func block(_ m: Meeting) -> [String] {
        var lines = ["第 \(m.id) 号  \(m.date.iso)  \(m.kind.title)", "地点：\(m.place)", "议题：\(m.topic)",
                     "参会人员：\(m.attendees.joined(separator: "、"))"]
        if !m.outsideParties.isEmpty { lines.append("列席：\(m.outsideParties.joined(separator: "、"))") }
        lines.append(m.decisions.isEmpty ? "决定：无" : "决定：")
        lines += m.decisions.map { "  \($0.number). \($0.text)（引用：\(MeetingText.code(m.id, $0.number))）" }
        return lines + ["记录人签名：__________", ""]
    }
}
