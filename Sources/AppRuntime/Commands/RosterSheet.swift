import DataFile
import Domain
import Foundation
import ScreenKit

/// The sign-in sheet of a month (值班签到表): one line per worker per shift, with the times from
/// the clock and the status by the sign-in rule, as CSV with a BOM and as printable text.
struct RosterSheet {
    let roster: DutyRoster
    let committee: String
    let rules: RuleSet
    let now: Date

    /// The lines: date, start, end, kind, worker, sign-in, sign-out, status.
    var lines: [[String]] {
        roster.shifts.flatMap { shift in
            shift.assignments.map { a in
                [shift.date.iso, shift.span.start.text, shift.span.end.text, shift.kind.title, a.workerName,
                 a.signIn.map { ClockTime.of($0).text } ?? "", a.signOut.map { ClockTime.of($0).text } ?? "",
                 Attendance.status(a, on: shift, now: now, rules: rules).title]
            }
        }
    }

    /// The import header plus 状态, so a sheet reads back with `import shifts` after dropping that column.
    var csv: String {
        let header = ["日期", "开始时间", "结束时间", "班次类型", "值班人", "签到时间", "签退时间", "状态"]
        return CSVText.document([header] + lines)
    }

    /// A page to print: title, published hours, the lines, and a place to sign.
    var text: String {
        var out = ["\(committee) 值班签到表 \(roster.month.chinese)", ""]
        let hours = roster.hours.lines
        if !hours.isEmpty { out += ["服务时间：" + hours.joined(separator: "；"), ""] }
        out.append("日期        时段         类型        值班人    签到   签退   状态")
        for l in lines {
            out.append([pad(l[0], 12), pad("\(l[1])-\(l[2])", 13), pad(l[3], 12), pad(l[4], 10), pad(l[5], 7), pad(l[6], 7), l[7]].joined())
        }
        out += ["", "依据：\(rules.clause(.duty))；按时签到并签退的每次计 \(Points.format(rules.points.perUnit[.duty] ?? 0)) 分", "",
                "书记签名：__________        日期：__________"]
        return out.joined(separator: "\n") + "\n"
    }

    private func pad(_ text: String, _ width: Int) -> String { DisplayWidth.fit(text, to: width, ellipsis: false) }
}
