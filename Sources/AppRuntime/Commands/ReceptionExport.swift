import DataFile
import ArgumentParser
import Domain
import Foundation
import ScreenKit
import Storage

/// `baishihui export receptions --month YYYY-MM [-o FILE]`: a month's reception log as CSV with a
/// UTF-8 BOM and the import's header with the reply's columns; `--id N`: one record as a one-page slip for the resident to sign.
struct ExportReceptionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "receptions",
        abstract: "导出首问接待记录：--month 导出某月记录为 CSV（带 BOM，表头与导入相同，另附答复内容、答复时间、答复人、居民满意度）；--id 输出一条记录的签字单（可打印，一页）"
    )

    @Option(help: "月份，如 2026-11") var month: String?
    @Option(help: "接待记录编号：输出供居民签字的一页文本") var id: Int64?
    @OptionGroup var output: OutputOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var actor: ActorOption

    func validate() throws {
        if (month == nil) == (id == nil) { throw ValidationError("请给出 --month YYYY-MM 或 --id N 之一") }
    }

    func run() throws {
        let period = month.flatMap(Month.init(text:))
        if id == nil && period == nil {
            printError("月份应写作 YYYY-MM，如 2026-11：“\(month ?? "")”")
            throw ExitCode(1)
        }
        try output.refuseUnwritable(database)
        let (db, person) = try ImportSupport.open(database, as: actor, roles: nil, act: "导出首问接待记录")
        let text: String
        var rows = 1
        if let id {
            guard let record = try db.reception(id: id) else {
                printError("找不到编号为 \(id) 的接待记录")
                throw ExitCode(1)
            }
            text = ReceptionSlip.text(record)
        } else if let month = period {
            let records = try db.receptions(ReceptionQuery(from: month.firstDay, through: month.lastDay, limit: -1))
            text = Self.csv(records.reversed())
            rows = records.count
        } else {
            return
        }
        try PersonalExport.write(text, format: id == nil ? .csv : .text, what: id == nil ? "receptions" : "reception-slip",
                                 rows: rows, by: person, db: db, output: output, database: database)
    }

    /// The records oldest first under the import's header with the reply's columns, as the content
    /// now reads, 办理结果 the record's status (已答复 once a reply is recorded); a UTF-8 BOM first.
    static func csv(_ records: [ReceptionRecord]) -> String {
        let lines = [ReceptionImport.headerWithReply] + records.map { r in
            let c = r.content, reply = r.reply
            return [VisitTime.format(c.at), r.workerName, c.residentName, c.room, c.phone, c.category, c.question,
                    c.actionTaken, r.status.title, r.isSigned ? "是" : "否", reply?.text ?? "",
                    reply.map { VisitTime.format($0.at) } ?? "", reply?.byName ?? "", reply?.satisfaction.title ?? ""]
        }
        return CSVText.document(lines)
    }
}

/// One reception record as a page to print and hand to the resident for signing (首问接待记录册):
/// the content now in force, the phone masked, the correction noted, and the lines to sign on.
enum ReceptionSlip {
    static let width = 72

    static func text(_ r: ReceptionRecord) -> String {
        let c = r.content
        var lines = [String(repeating: " ", count: 22) + "首问接待记录（居民签字联）", "记录编号：No.\(r.id)", ""]
        func add(_ label: String, _ value: String) {
            lines += TextWrap.lines(value.isEmpty ? "—" : value, width: width, first: "\(label)：", rest: "          ")
        }
        add("接待时间", VisitTime.format(c.at) + "    接待人：" + r.workerName)
        add("来访居民", c.residentName + "    楼室号：" + (c.room.isEmpty ? "—" : c.room)
            + "    联系电话：" + (c.phone.isEmpty ? "—" : Phone.masked(c.phone)))
        add("事项类别", c.category + (c.policyTitle.isEmpty ? "" : "    政策事项：" + c.policyTitle))
        add("咨询内容", c.question)
        add("办理情况", c.actionTaken)
        add("办理结果", r.status.title + (c.department.isEmpty ? "" : "    转办部门：" + c.department)
            + (c.replyDue.map { "    答复期限：\($0.iso)" } ?? ""))
        if let reply = r.reply { add("答复内容", reply.text + "    答复时间：" + VisitTime.format(reply.at)) }
        if let last = r.amendments.last { add("更正说明", "本记录已更正 \(r.amendments.count) 次，最近一次由 \(last.byName) 更正：\(last.reason)") }
        lines += ["", String(repeating: "-", count: width)]
        if let s = r.signature {
            lines.append("居民签字：已于 \(VisitTime.format(s.at)) 登记签字（\(s.byName)）")
        } else {
            lines += ["以上记录属实。", "", "居民签字：____________________        日期：______年____月____日"]
        }
        lines += ["", ReceptionPoints.standard + "。"]
        return lines.joined(separator: "\n") + "\n"
    }
}
