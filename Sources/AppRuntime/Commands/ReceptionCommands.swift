import AppCore
import ArgumentParser
import Domain
import Foundation
import ScreenKit
import Storage

/// `baishihui import receptions FILE.csv [--dry-run]`: a reception log kept in a spreadsheet.
struct ReceptionImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "receptions",
        abstract: "导入首问接待记录：CSV 表头为 接待时间,接待人,来访居民姓名,楼室号,联系电话,事项类别,咨询内容,办理情况,办理结果,居民签字"
    )

    @Argument(help: "CSV 文件") var file: String
    @OptionGroup var encoding: EncodingOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var actor: ActorOption
    @Flag(help: "只检查，不写入") var dryRun = false

    func run() throws {
        let now = Date()
        let rules = try RuleBook.bundled().rules(on: ShanghaiCalendar.day(of: now)), calendar = try CalendarReport.current()
        let rows = try ImportSupport.rows(ReceptionImport.parse(try ImportSupport.read(file, encoding: encoding.encoding), now: now,
                                                                calendar: calendar, rules: rules), file: file)
        let (db, person) = try ImportSupport.open(database, as: actor, act: "导入首问接待记录")
        let added = try ImportSupport.writing(file, rows: rows.count) { try db.importReceptions(rows, by: person.id, at: now, dryRun: dryRun) }
        let signed = added.filter(\.isSigned).count
        print((dryRun ? "检查通过，可导入 " : "已导入 ") + "\(added.count) 条接待记录，其中居民已签字 \(signed) 条")
        if let note = Self.calendarNote(rows.map(\.draft), calendar) { print(note) }
    }

    /// "答复期限：2 条记录的期限算入 2027 年，2027 年节假日未载入，按周一至周五计算", when a due date was counted into a year the calendar does not know.
    static func calendarNote(_ drafts: [ReceptionDraft], _ calendar: WorkingDayCalendar) -> String? {
        let notes = drafts.compactMap { d in
            d.replyDue.flatMap { calendar.uncoveredNote(from: ShanghaiCalendar.day(of: d.at).adding(days: 1), through: $0) }
        }
        guard !notes.isEmpty else { return nil }
        return "答复期限：\(notes.count) 条记录的期限算到未载入的年份（" + Set(notes).sorted().joined(separator: "；") + "）"
    }
}

/// `baishihui import replies FILE.csv [--dry-run]`: online replies (线上反馈) from the platform.
struct OnlineReplyImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replies",
        abstract: "导入线上反馈：CSV 表头为 收到时间,渠道,问询内容,答复内容,答复人,答复时间,是否满意"
    )

    @Argument(help: "CSV 文件") var file: String
    @OptionGroup var encoding: EncodingOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var actor: ActorOption
    @Flag(help: "只检查，不写入") var dryRun = false

    func run() throws {
        let rows = try ImportSupport.rows(OnlineReplyImport.parse(try ImportSupport.read(file, encoding: encoding.encoding)), file: file)
        let (db, person) = try ImportSupport.open(database, as: actor, act: "导入线上反馈")
        let added = try ImportSupport.writing(file, rows: rows.count) { try db.importOnlineReplies(rows, by: person.id, at: Date(), dryRun: dryRun) }
        let earning = added.filter { $0.content.isFullyAnswered && $0.content.satisfied == true }.count
        let waiting = added.filter { !$0.content.isFullyAnswered }.count
        print((dryRun ? "检查通过，可导入 " : "已导入 ") + "\(added.count) 条线上反馈，其中完整解答且群众满意 \(earning) 条"
              + (waiting > 0 ? ReceptionText.importedWaiting(waiting, keymap: keymapInForce) : ""))
    }

    /// The user's keymap, or the shipped one when theirs does not load (an import is not the place to refuse it).
    private var keymapInForce: Keymap { (try? AppKeymap.load(userFile: Paths().keymapFile)) ?? AppKeymap.standard }
}
