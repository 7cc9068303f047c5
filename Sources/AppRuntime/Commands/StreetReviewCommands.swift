import ArgumentParser
import Domain
import Foundation
import StreetStorage

/// `baishihui street review …`: the street's review of expenses above the local limit (附件一 三(二)).
struct StreetReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "街道审核：列出待审的支出（超过限额的，最早的在前），通过（写审核编号）或退回（写理由）",
        subcommands: [ReviewListCommand.self, ReviewPassCommand.self, ReviewReturnCommand.self]
    )
}

/// `street review list`: what waits, oldest first, then what committees reported against themselves.
struct ReviewListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "待审列表：居委会、类别、金额、经费、用途类别、用途、计划项目、已走流程、等待起始时间")

    @OptionGroup var server: ServerOption
    @OptionGroup var actor: ActorOption

    func run() throws {
        let actor = actor
        let (entries, flags) = try withOffice(try server.address()) { office in
            _ = try await actor.streetPerson(in: office)
            return (try await office.reviewQueue(), try await office.flags())
        }
        print(entries.isEmpty ? "没有待审的支出" : "待审 \(entries.count) 项（最早的在前）：")
        for entry in entries { print(Self.lines(entry)) }
        for flag in flags { print("⚠ \(flag.committee)：\(flag.message)") }
    }

    static func lines(_ e: ReviewEntry) -> String {
        let fund = FundKind(rawValue: e.fund)?.title ?? e.fund
        let category = ExpenseCategory(rawValue: e.category)?.title ?? e.category
        return """
            #\(e.id)  \(e.committee)  \(e.kind)  \(Money.yuan(e.amount)) 元  等待自 \(e.waitingSince)
                \(fund) / \(category) / 项目：\(e.project.isEmpty ? "（计划外）" : e.project)
                用途：\(e.purpose)
                已走流程：\(e.route.isEmpty ? "尚无" : e.route.joined(separator: "、"))
            """
    }
}

/// `street review pass ID --number N`: passed, with the street's number; goes back at the committee's next sync.
struct ReviewPassCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pass", abstract: "审核通过（自治办）：写街道审核编号，居委会下次同步时登记审核、审批")

    @Argument(help: "待审列表中的编号") var id: Int64
    @Option(help: "街道审核编号，如 普街审〔2026〕17号") var number: String
    @OptionGroup var server: ServerOption
    @OptionGroup var actor: ActorOption

    func run() throws {
        let (id, number, actor, today) = (id, number, actor, ShanghaiCalendar.day(of: Date()))
        try withOffice(try server.address()) { office in
            try await office.pass(id, number: number, by: try await actor.streetPerson(in: office), on: today)
        }
        print("第 \(id) 项已审核通过（\(number)），居委会下次同步时收到")
    }
}

/// `street review return ID --reason R`: returned with a reason; the committee's next sync says so.
struct ReviewReturnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "return", abstract: "退回（自治办）：写明理由，居委会下次同步时收到")

    @Argument(help: "待审列表中的编号") var id: Int64
    @Option(help: "退回理由") var reason: String
    @OptionGroup var server: ServerOption
    @OptionGroup var actor: ActorOption

    func run() throws {
        let (id, reason, actor, today) = (id, reason, actor, ShanghaiCalendar.day(of: Date()))
        try withOffice(try server.address()) { office in
            try await office.returnRequest(id, reason: reason, by: try await actor.streetPerson(in: office), on: today)
        }
        print("第 \(id) 项已退回，居委会下次同步时收到")
    }
}
