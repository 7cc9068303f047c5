import ArgumentParser
import Domain
import Foundation
import Storage

/// `baishihui import expenses FILE.csv [--dry-run]`: a year's expenses from a CSV, all or nothing,
/// each row through the same rules as the funds tab.
struct ExpenseImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "expenses",
        abstract: "导入经费支出：CSV 表头为 申请日期,经费类别,用途类别,项目,金额,收款方,支付方式,申请人,书记审批,主任审批,街镇审核编号,支付日期"
            + "，可再加 一事一议决定、报账员、\(ExpenseImport.voucherColumn)（旧名 \(PaymentDetails.formerVoucherName)）、街镇审批编号、受益对象、费用性质 六列（受益对象、费用性质留空或无此列时记为“未登记”；审批栏填审批人姓名或留空，须在申请日期担任该职务；"
            + "街镇审核后须有街镇审批编号，无此列的文件中街镇审核编号按审核、审批一并登记计；支付日期不空即为已支付，"
            + "以“支付方式”列的方式支付，记在“报账员”列所写的报账员名下，无此列时记在导入人名下，导入人须为报账员；"
            + "已支付的行不写\(ExpenseImport.voucherColumn)时，\(FundsText.unvouchedStored)；每行按与界面相同的规则检查）"
    )

    @Argument(help: "CSV 文件") var file: String
    @OptionGroup var encoding: EncodingOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var actor: ActorOption
    @Flag(help: "只检查，不写入") var dryRun = false

    func run() throws {
        let now = Date()
        let today = ShanghaiCalendar.day(of: now)
        let text = try ImportSupport.read(file, encoding: encoding.encoding)
        let (db, person) = try ImportSupport.open(database, as: actor, may: .importExpenses)
        // Dates before the committee's first year are refused (issue 17 item 5).
        let firstYear = try ImportSupport.reporting(file) { try db.committeeFirstYear() }
        let rows = try ImportSupport.rows(ExpenseImport.parse(text, today: today, firstYear: firstYear), file: file)
        let records = try ImportSupport.writing(file, rows: rows.count) {
            try db.importExpenses(rows, by: person.id, at: now, dryRun: dryRun, rules: try FundsEffects.rules(on: today))
        }
        let paid = records.filter { $0.payment != nil }.count
        let unvouched = records.filter { $0.payment?.voucherMissing == true }.count
        print((dryRun ? "检查通过，可导入 " : "已导入 ") + "\(records.count) 笔支出，其中已支付 \(paid) 笔（由 \(person.name) 导入，支付记在报账员名下）"
              + (unvouched > 0 ? "；\(unvouched) 笔未写\(ExpenseImport.voucherColumn)，\(FundsText.unvouchedStored)" : ""))
    }
}
