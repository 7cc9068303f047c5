import Demo
import Domain
import Foundation
import Storage
import StreetStorage

/// A believable street for `scripts/run --street` (`baishihui street demo`): the demo street's
/// committees, each its own database in a folder, with months of expense requests made through the
/// committee's own storage calls (so every one goes up through the outbox), registered at the
/// street, connected and synced; the street passes or returns the requests above the limit that
/// are older than a week, the committees sync again, approve and pay what passed. A committee the
/// street already holds is left as it is, so a second run adds only what is missing.
enum StreetDemo {
    /// What a run made, for the command's last line.
    struct Report: Sendable, Equatable {
        var committees = 0, requests = 0, passed = 0, returned = 0, waiting = 0
    }

    /// Requests above the limit younger than this many days still wait for the street. 本程序取值.
    static let waitingDays = 7
    static let returnReasons = ["缺少报价单", "请补充活动方案", "请附三家比价"]

    /// One committee made by the run: its database, credential, people and the requests that went to the street.
    struct Made {
        var db: AppDatabase
        var credential: CommitteeCredential
        var secretary: Int64, director: Int64, bookkeeper: Int64
        var toStreet: [Int64: LocalDate]
    }

    static func run(office: StreetOffice, person: StreetPerson, server: ServerAddress, folder: String,
                    settings: DemoSettings) async throws -> Report {
        let rules = try FundsEffects.rules(on: settings.asOf)
        var report = Report(), made = [String: Made]()
        for plan in DemoCommitteePlan.all(for: .street) {
            guard let enrolment = try await register(plan.committee.name, office: office, person: person) else { continue }
            let path = folder + "/committee-\(plan.index).sqlite"
            let committee = try makeCommittee(plan, path: path, settings: settings, rules: rules, report: &report)
            let credential = try await CommitteeLink.enrol(at: server, code: enrolment.code, connectedBy: committee.secretary)
            try CredentialFile.write(credential, forDatabase: path)
            var entry = committee
            entry.credential = credential
            try await sync(entry)
            made[plan.committee.name] = entry
        }
        try await review(office: office, person: person, made: made, asOf: settings.asOf, report: &report)
        for entry in made.values {
            try await sync(entry)
            try finish(entry, rules: rules, asOf: settings.asOf)
            try await sync(entry)
        }
        report.waiting = try await office.reviewQueue().count
        return report
    }

    /// Registers `name`, or nil when the street holds it already.
    static func register(_ name: String, office: StreetOffice, person: StreetPerson) async throws -> Enrolment? {
        do { return try await office.addCommittee(name, by: person) } catch let error as StreetError
            where error.message == StreetText.committeeExists(name) { return nil }
    }

    static func sync(_ entry: Made) async throws {
        _ = try await StreetSync.run(db: entry.db, credential: entry.credential, now: Date())
    }

    /// The committee's database: its four people, the plan of each year, the requests; those within
    /// the limit approved the next day and paid the day after (when that is not after `asOf`).
    static func makeCommittee(_ plan: DemoCommitteePlan, path: String, settings: DemoSettings, rules: RuleSet,
                              report: inout Report) throws -> Made {
        let db = try AppDatabase.open(path: path)
        let now = Date()
        let secretary = try db.initialize(committee: plan.committee, adminName: DemoSettings.secretaryName,
                                          adminRoles: [.secretary], pin: DemoSettings.pin, at: now)
        let director = try db.addPerson(name: DemoSettings.directorName, roles: [.director, .worker], zone: nil, pin: nil,
                                        by: secretary.id, at: now)
        let bookkeeper = try db.addPerson(name: DemoSettings.workerName, roles: [.worker, .bookkeeper], zone: nil, pin: nil,
                                          by: secretary.id, at: now)
        for year in Set(settings.monthRange.map(\.year)).sorted() {
            for line in DemoStreetFunds.planLines() {
                try db.savePlanLine(line, year: year, by: secretary.id, at: now, rules: rules)
            }
        }
        var made = Made(db: db, credential: CommitteeCredential(server: "", role: "", password: "", committee: "", connectedBy: 0),
                        secretary: secretary.id, director: director.id, bookkeeper: bookkeeper.id, toStreet: [:])
        for draft in DemoStreetFunds.drafts(committee: plan.index, settings: settings, rules: rules) {
            let record = try db.requestExpense(draft.request, by: bookkeeper.id, at: now, rules: rules)
            report.requests += 1
            if draft.toStreet { made.toStreet[record.id] = draft.request.date; continue }
            try approveAndPay(record.id, made, on: draft.request.date.adding(days: 1), asOf: settings.asOf, rules: rules)
        }
        report.committees += 1
        return made
    }

    /// The 书记's and the 主任's approvals on `day` and the payment the next day, each only up to `asOf`.
    static func approveAndPay(_ id: Int64, _ made: Made, on day: LocalDate, asOf: LocalDate, rules: RuleSet) throws {
        guard day <= asOf else { return }
        let now = Date()
        for (person, role) in [(made.secretary, Role.secretary), (made.director, Role.director)] {
            _ = try made.db.decideExpense(id, approve: true, as: role, reason: "", on: day, by: person, at: now, rules: rules)
        }
        let paid = day.adding(days: 1)
        guard paid <= asOf else { return }
        _ = try made.db.recordPayment(for: id, PaymentDetails(date: paid, voucher: "FP-\(id)", method: .bankTransfer),
                                      by: made.bookkeeper, at: now, rules: rules)
    }

    /// The street's 自治办 decides what waits longer than a week: one in six returned, the rest passed, three days after the request.
    static func review(office: StreetOffice, person: StreetPerson, made: [String: Made], asOf: LocalDate,
                       report: inout Report) async throws {
        for (n, entry) in try await office.reviewQueue().enumerated() {
            guard let date = made[entry.committee]?.toStreet[entry.expenseID],
                  date.adding(days: waitingDays) <= asOf else { continue }
            let day = date.adding(days: 3)
            if n % 6 == 5 {
                try await office.returnRequest(entry.id, reason: returnReasons[n % returnReasons.count], by: person, on: day)
                report.returned += 1
            } else {
                try await office.pass(entry.id, number: "长寿审〔\(day.year)〕\(n + 1)号", by: person, on: day)
                report.passed += 1
            }
        }
    }

    /// The committee approves and pays each request the street passed, on the street's day.
    static func finish(_ entry: Made, rules: RuleSet, asOf: LocalDate) throws {
        for (id, date) in entry.toStreet {
            let book = try entry.db.fundsBook(year: date.year, rules: rules)
            guard let review = book.record(id)?.review else { continue }
            try approveAndPay(id, entry, on: review.date, asOf: asOf, rules: rules)
        }
    }
}
