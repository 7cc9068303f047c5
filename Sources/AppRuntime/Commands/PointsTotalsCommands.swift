import ArgumentParser
import Domain
import Foundation
import Storage

/// `baishihui export points --year YYYY`: this committee's signed yearly totals, one worker a row,
/// as a CSV with a BOM signed with the committee's Ed25519 key, for the street office's ranking.
struct PointsTotalsExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "points",
        abstract: "导出本居委会年度积分（已签名月份之和），CSV（带 BOM），末两行为本居委会公钥和签名（密钥只在本数据库中），供街镇汇总排行榜")

    @Option(help: "年度，如 2026") var year: Int
    @OptionGroup var database: DatabaseOption
    @OptionGroup var output: OutputOption

    func run() throws {
        let db = try database.openExisting()
        do {
            let totals = try db.pointsYearTotals(year: year, rules: { try RuleBook.bundled().rules(on: $0.lastDay) })
            if totals.isEmpty { try fail(PointsText.noSigned(year, nil)) }
            let signed = try db.signedPointsTotalsFile(totals, at: Date())
            try ExportOutput.write(try PracticeData.mark(signed, from: db), format: .csv, rows: totals.count, to: output,
                                   database: database, db: db)
        } catch let error as StorageError {
            try fail(error.message)
        }
    }
}

/// `baishihui import points-totals FILE.csv [--trust FINGERPRINT]`: another committee's signed
/// totals, refused unless signed by the key trusted for that committee (trusted once, with the
/// fingerprint read over the phone) and within what signed cards can add up to; all rows or none.
struct PointsTotalsImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "points-totals",
        abstract: "导入其他居委会导出的年度积分（export points 生成的文件）；签名不符、不是已信任公钥签名、积分超出可能范围的文件一律拒绝")

    @Argument(help: "CSV 文件") var file: String
    @Option(help: "首次导入某居委会的文件时：电话核对过的该居委会公钥指纹（对方 baishihui key 显示，如 3f2a-91bc-07de-55aa）")
    var trust: String?
    @OptionGroup var database: DatabaseOption
    @OptionGroup var actor: ActorOption

    func run() throws {
        let text = try ImportFile.read(file)
        do {
            let signed = try PointsTotalsFile.parse(text).get()
            let totals = signed.totals
            let (db, person) = try ImportSupport.open(database, as: actor, act: "导入其他居委会的年度积分")
            let count = try db.importPointsTotals(signed, trust: trust, by: person.id, at: Date())
            print("已导入 \(count) 位社工的年度积分（\(Set(totals.map(\.committee)).sorted().joined(separator: "、"))，签名公钥指纹 \(signed.fingerprint)）")
        } catch let failure as StaffImportFailure {
            try ImportFile.report(failure, file: file)
        } catch let error as StorageError {
            try fail(error.message)
        }
    }
}

/// `baishihui key`: this committee's public key fingerprint, to read over the phone to the street office.
struct KeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "显示本居委会签名公钥的指纹（年度积分文件用它签名；街镇首次导入前电话核对）")

    @OptionGroup var database: DatabaseOption

    func run() throws {
        let db = try database.openExisting()
        do {
            print(Self.fingerprintLine(try db.signingKeyFingerprint(at: Date())))
        } catch let error as StorageError {
            try fail(error.message)
        }
    }

    /// The line `init` and `key` print.
    static func fingerprintLine(_ fingerprint: String) -> String {
        "本居委会签名公钥指纹：\(fingerprint)（街镇首次导入本居委会年度积分时请电话核对；私钥只在本数据库中，不导出）"
    }
}
