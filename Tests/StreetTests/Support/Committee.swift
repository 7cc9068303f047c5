import Domain
import Foundation
import Storage
@testable import AppRuntime
@testable import StreetStorage

/// A committee's database for the street tests: a 书记, a 主任, a 报账员 and a worker, a 2024
/// plan line, and quick ways to ask, approve and pay, as the funds tab does.
final class CommitteeFixture {
    let folder: String
    let path: String
    let db: AppDatabase
    let secretary: Person
    let director: Person
    let bookkeeper: Person
    let worker: Person
    var credential: CommitteeCredential?

    static let start = Date(timeIntervalSince1970: 1_709_254_800)   // 2024-03-01 09:00 Shanghai
    static let rules: RuleSet = try! RuleBook.bundled().inForce(on: LocalDate(iso: "2024-03-01")!)!
    static let project = "重阳节敬老活动"

    init(name: String) throws {
        folder = NSTemporaryDirectory() + "bsh-street-committee-" + UUID().uuidString
        path = folder + "/baishihui.sqlite"
        db = try AppDatabase.open(path: path, pinHasher: .insecureFastForTests)
        secretary = try db.initialize(committee: Committee(name: name, streetOffice: "长寿路街道"), adminName: "王书记",
                                      adminRoles: [.secretary], pin: "2468", at: Self.start)
        director = try db.addPerson(name: "李主任", roles: [.director], zone: nil, pin: nil, by: secretary.id, at: Self.start)
        bookkeeper = try db.addPerson(name: "钱会计", roles: [.bookkeeper], zone: nil, pin: nil, by: secretary.id, at: Self.start)
        worker = try db.addPerson(name: "陈杰", roles: [.worker], zone: nil, pin: nil, by: secretary.id, at: Self.start)
        try db.savePlanLine(PlanLine(id: 0, fund: .party, category: .massActivity, project: Self.project, amount: 5_000_000),
                            year: 2024, by: secretary.id, at: Self.start, rules: Self.rules)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    static func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    /// A request from the worker for `fen`, on this database or on `other` (another terminal's handle of the same file).
    @discardableResult
    func request(_ fen: Int64, purpose: String = "活动用品", on other: AppDatabase? = nil) throws -> ExpenseRecord {
        try (other ?? db).requestExpense(ExpenseRequest(fund: .party, category: .massActivity, project: Self.project, amount: fen,
                                             payee: "好邻居文具店", purpose: purpose, payment: .bankTransfer, date: Self.day("2024-03-01"),
                                             receipts: "No.001", payeeKind: .organisation),
                              by: worker.id, at: Self.start, rules: Self.rules)
    }

    /// The 书记's and the 主任's approvals of `id`.
    func approveLocally(_ id: Int64) throws {
        for (person, role) in [(secretary, Role.secretary), (director, Role.director)] {
            try db.decideExpense(id, approve: true, as: role, reason: "", on: Self.day("2024-03-02"), by: person.id,
                                 at: Self.start, rules: Self.rules)
        }
    }

    /// The bookkeeper's payment of `id`.
    @discardableResult
    func pay(_ id: Int64) throws -> LedgerEntry {
        try db.recordPayment(for: id, PaymentDetails(date: Self.day("2024-03-03"), voucher: "FP-0001", method: .bankTransfer),
                             by: bookkeeper.id, at: Self.start, rules: Self.rules)
    }

    func record(_ id: Int64) throws -> ExpenseRecord? { try db.fundsBook(year: 2024, rules: Self.rules).record(id) }

    /// Connects with `code`, as `connect` does (the credential kept in memory).
    func connect(_ server: ServerAddress, code: String) async throws {
        credential = try await CommitteeLink.enrol(at: server, code: code, connectedBy: secretary.id)
    }

    /// One sync, as `baishihui sync` runs it, at `now`.
    @discardableResult
    func sync(now: Date = Date()) async throws -> StreetSyncReport {
        try await StreetSync.run(db: db, credential: credential!, now: now)
    }

    /// A session logged in as this committee's own role.
    func session() async throws -> StreetSession { try await StreetSession.open(try credential!.address()) }
}

/// A street on a new database of the shared test cluster, with its first person (every role).
struct StreetFixture {
    let admin: ServerAddress
    static let person = "张振华", pin = "1357"

    init(cluster: TestCluster = .shared) async throws {
        admin = try cluster.newDatabase()
        try await withOffice { try await $0.initialise(street: "长寿路街道", admin: Self.person, pin: Self.pin, localLimit: 50_000) }
    }

    /// Runs `body` with the street's side, on a session closed after.
    func withOffice<T: Sendable>(_ body: (StreetOffice) async throws -> T) async throws -> T {
        let session = try await StreetSession.open(admin)
        do {
            let value = try await body(StreetOffice(session: session, hasher: .insecureFastForTests))
            await session.close()
            return value
        } catch {
            await session.close()
            throw error
        }
    }

    func login(_ office: StreetOffice) async throws -> StreetPerson { try await office.login(Self.person, pin: Self.pin) }

    /// A new committee named `name`, registered here and connected with its code.
    func connected(_ name: String) async throws -> CommitteeFixture {
        let committee = try CommitteeFixture(name: name)
        try await committee.connect(admin, code: try await enrol(name))
        return committee
    }

    /// Registers `committee` and returns its code.
    func enrol(_ committee: String) async throws -> String {
        try await withOffice { try await $0.addCommittee(committee, by: try await login($0)).code }
    }
}
