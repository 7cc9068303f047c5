import ArgumentParser
import Demo
import Domain
import Foundation
import Storage

/// `baishihui demo`: writes a database of entirely fictional records for training and benchmarks.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "生成演示数据库（虚构的居委会、社工、住户和各项记录）：同一种子生成同样的数据；已有文件不覆盖，除非加 --force"
    )

    @Option(help: "要生成的数据库文件") var db: String
    @Option(help: "规模：committee（一个居委会）、street（一个街道的各居委会）、district（全区 265 个居委会）")
    var scale: String = DemoScale.committee.rawValue
    @Option(help: "几个月的记录（截至 --as-of 所在月）") var months: Int = 12
    @Option(help: "随机种子：同一种子、同样的参数生成同样的数据库") var seed: UInt64 = 2017
    @Option(help: "演示数据的“今天”（YYYY-MM-DD，默认今天）") var asOf: String?
    @Flag(help: "覆盖已有的文件") var force = false

    func run() throws {
        let settings = try settings()
        let start = Date()
        do {
            let report = try DemoBuilder.build(path: db, settings: settings, force: force) { done, total in
                if total > 1, done % 10 == 0 || done == total { printError("已生成 \(done)/\(total) 个居委会") }
            }
            let seconds = String(format: "%.1f", Date().timeIntervalSince(start))
            let bytes = (try? FileManager.default.attributesOfItem(atPath: report.path)[.size] as? Int) ?? 0
            let size = String(format: "%.1f", Double(bytes) / 1_048_576)
            print("已生成演示数据库 \(report.path)：\(report.committees) 个居委会，约 \(report.rows) 行记录，"
                  + "文件 \(size) MiB，用时 \(seconds) 秒")
            print(Self.logins(report.firstCommittee))
        } catch let error as DemoBuilder.BuildError {
            printError(error.message)
            throw ExitCode(1)
        } catch let error as StorageError {
            printError("演示数据未能生成：\(error.message)")
            throw ExitCode(1)
        }
    }

    private func settings() throws -> DemoSettings {
        guard let scale = DemoScale(rawValue: scale) else {
            printError("规模无效：\(scale)（可用 committee、street、district）")
            throw ExitCode(1)
        }
        guard (1...240).contains(months) else {
            printError("月数须在 1–240 之间，现为 \(months)")
            throw ExitCode(1)
        }
        var day = ShanghaiCalendar.day(of: Date())
        if let asOf {
            guard let parsed = LocalDate(iso: asOf) else {
                printError("日期无效：\(asOf)（格式 YYYY-MM-DD）")
                throw ExitCode(1)
            }
            day = parsed
        }
        return DemoSettings(seed: seed, scale: scale, months: months, asOf: day)
    }

    /// Who can log in: the first committee's known people, all with the demo PIN.
    static func logins(_ committee: Committee) -> String {
        "登录（\(committee.name)，PIN 均为 \(DemoSettings.pin)）：\(DemoSettings.secretaryName)（书记）、"
            + "\(DemoSettings.directorName)（主任、社工）、\(DemoSettings.workerName)（社工、报账员）、\(DemoSettings.trainerName)（社工、培训员）"
    }
}
