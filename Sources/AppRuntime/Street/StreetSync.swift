import Domain
import Foundation
import Storage
import StreetStorage

/// What one sync did: how many items went up and what each decision that came down did.
public struct StreetSyncReport: Sendable, Equatable {
    public var sent: Int
    public var outcomes: [String]
}

/// One sync of a connected committee with its street (居账街管): checks that the committee's audit
/// chain still continues the head the street holds, sends the outbox in order in batches (each
/// whole or not at all, with the chain's head), then pulls the street's decisions since its
/// cursor and records each through the committee's own street-step rules.
public enum StreetSync {
    /// Items a batch carries at most. 本程序取值.
    static let batchSize = 1_000

    /// Runs one sync; any refusal or fault is kept as the committee's sync problem and thrown.
    public static func run(db: AppDatabase, credential: CommitteeCredential, now: Date,
                           watchdog: Int = watchdogSeconds) async throws -> StreetSyncReport {
        do {
            let session = try await StreetSession.open(try credential.address())
            do {
                let report = try await watched(session, seconds: watchdog) {
                    try await exchange(db: db, link: CommitteeLink(session: session), credential: credential, now: now)
                }
                await session.close()
                return report
            } catch {
                await session.close()
                throw error
            }
        } catch {
            let explained = StreetError.explain(error)
            try? db.recordStreetProblem(explained.message)
            throw explained
        }
    }

    /// How long one sync may take before its connection is closed under it. 本程序取值：120 秒.
    public static let watchdogSeconds = 120

    /// Runs `body`; after `seconds` closes `session` under it and gives up with a message, without
    /// waiting for `body` to notice (a task group would wait: a query on a connection whose server was
    /// killed has been seen never to end, even after the close).
    static func watched<T: Sendable>(_ session: StreetSession, seconds: Int,
                                     _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        do {
            return try await Deadline.run(seconds: seconds, body)
        } catch let error as StreetError where error.message == StreetText.timedOut(seconds) {
            Task { await session.close() }
            throw StreetError(StreetSyncText.timedOut(seconds))
        }
    }

    static func exchange(db: AppDatabase, link: CommitteeLink, credential: CommitteeCredential, now: Date) async throws -> StreetSyncReport {
        try await link.takeTurn()
        var previous = try await link.streetHead()
        try await requireContinuity(db: db, link: link, street: previous)
        var sent = 0
        while true {
            let items = try db.streetPending(limit: batchSize)
            let head = try db.auditChainHead()
            if items.isEmpty && head.count == previous.count && previous.hash != nil { break }
            try await link.send(items, head: (head.count, head.hash), previous: previous)
            try db.markStreetSent(through: items.last?.seq ?? 0, at: now)
            sent += items.count
            previous = (head.count, head.hash)
            if items.count < batchSize { break }
        }
        let outcomes = try await pull(db: db, link: link, credential: credential, now: now)
        try db.markStreetSent(through: 0, at: now)
        return StreetSyncReport(sent: sent, outcomes: outcomes)
    }

    /// Throws, after telling the street, unless the committee's chain holds the row the street's
    /// head names with the same hash: a row edited, or a backup older than what was sent restored.
    static func requireContinuity(db: AppDatabase, link: CommitteeLink, street: (count: Int, hash: String?)) async throws {
        guard let hash = street.hash else { return }
        let local = try db.auditHash(atRow: street.count)
        guard local != hash else { return }
        let message = local == nil ? StreetSyncText.olderHistory(street.count, local: try db.auditChainHead().count)
                                   : StreetSyncText.changedHistory(street.count)
        try? await link.flag(message)
        throw StreetError(message)
    }

    /// Applies each decision after the committee's cursor, once; returns what each did.
    static func pull(db: AppDatabase, link: CommitteeLink, credential: CommitteeCredential, now: Date) async throws -> [String] {
        let decisions = try await link.decisions(after: try db.streetSyncState().decisionCursor)
        let rules = try FundsEffects.rules(on: ShanghaiCalendar.day(of: now))
        return try decisions.compactMap { try db.applyStreetDecision($0, by: credential.connectedBy, at: now, rules: rules) }
    }
}

/// The Chinese lines of the committee's sync.
enum StreetSyncText {
    static func changedHistory(_ row: Int) -> String {
        "本居委会的审计链第 \(row) 行与上报街道时不同：历史在上报后被改动。已告知街道，本次未上报，街道保存的内容未被覆盖"
    }
    static func olderHistory(_ row: Int, local: Int) -> String {
        "本居委会的审计链只有 \(local) 行，街道已存到第 \(row) 行：可能恢复了较旧的备份。已告知街道，本次未上报，街道保存的内容未被覆盖"
    }
    static func synced(_ report: StreetSyncReport, at: Date) -> String {
        "已同步 \(ClockTime.of(at).text)：上报 \(report.sent) 条" + (report.outcomes.isEmpty ? "" : "；街道的决定 \(report.outcomes.count) 项")
    }
    static func timedOut(_ seconds: Int) -> String { "同步超过 \(seconds) 秒未完成，已断开；未确认的条目下次同步重发" }
    static let notConnected = "此数据库尚未连接街道（先运行 baishihui connect --server URL --code 登记码 --as 书记姓名）"
    static func alreadyConnected(_ path: String) -> String { "此数据库已连接街道（\(path)），不会改动" }
    static func badCredential(_ path: String) -> String { "街道连接文件无法读取：\(path)（须为本程序写入的文件，权限 0600）" }
}
