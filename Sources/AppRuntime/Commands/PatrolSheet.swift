import DataFile
import Domain
import ScreenKit

/// A month of 网格巡查 on paper: the summary by category and zone, every finding with its handling
/// and closing, and the open ones past the rule set's days; and the summary as CSV with a BOM.
struct PatrolSheet {
    let patrols: [Patrol]
    let month: Month
    let committee: String
    let today: LocalDate
    let rules: RuleSet

    var summary: PatrolSummary { PatrolSummary.of(patrols, month: month, today: today, rules: rules) }

    static let header = ["问题类别", "片区", "发现", "已办结", "未办结", "逾期未办结"]

    var csv: String {
        CSVText.document([Self.header] + summary.rows.map { r in
            [r.category.title, r.zone, "\(r.found)", "\(r.closed)", "\(r.open)", "\(r.overdue)"]
        })
    }

    var text: String {
        var out = ["\(committee) 网格巡查月报 \(month.chinese)", "依据：\(rules.clause(.patrols))；巡查 \(summary.patrols) 次", ""]
        out.append(Self.header.map { pad($0, 12) }.joined())
        out += summary.rows.map { r in [r.category.title, r.zone, "\(r.found)", "\(r.closed)", "\(r.open)", "\(r.overdue)"].map { pad($0, 12) }.joined() }
        out += ["", "问题明细："]
        for patrol in patrols {
            out.append("\(patrol.date.iso) \(patrol.zone) \(patrol.buildings) 巡查人员：\(patrol.patrollers.joined(separator: "、"))")
            out += patrol.findings.map { "  #\($0.id) \($0.category.title) \($0.place)：\($0.problem)；\($0.handling.title)；" + state($0) }
        }
        out += ["", "逾期未办结（超过 \(rules.patrols.openDays) 天，本程序取值）："]
        let overdue = PatrolSummary.overdue(patrols, today: today, rules: rules)
        out += overdue.isEmpty ? ["  无"] : overdue.map { "  #\($0.finding.id) \($0.patrol.date.iso) \($0.patrol.zone) \($0.finding.problem)" }
        return out.joined(separator: "\n") + "\n"
    }

    private func state(_ f: PatrolFinding) -> String {
        f.closure.map { "\($0.date.iso) 办结：\($0.outcome)" } ?? "未办结"
    }

    private func pad(_ text: String, _ width: Int) -> String { DisplayWidth.fit(text, to: width, ellipsis: false) }
}
