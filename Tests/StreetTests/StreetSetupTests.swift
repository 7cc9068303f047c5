import Domain
import Foundation
import PostgresNIO
import Testing
@testable import StreetStorage

/// Setting up a street on a real PostgreSQL 15 and tying committees to it; row-level security tried, not assumed.
@Suite struct StreetSetupTests {
    @Test("init builds the schema once, with its named steps, and the first person logs in with the PIN")
    func initOnce() async throws {
        let street = try await StreetFixture()
        try await street.withOffice { office in
            let steps = try await office.session.rows("SELECT name FROM street.migration ORDER BY name").map { try $0.decode(String.self) }
            #expect(steps == StreetSchema.names)
            let person = try await street.login(office)
            #expect(person.roles == Set(StreetRole.allCases))
            await #expect(throws: StreetError(StreetText.alreadyInitialised)) {
                try await office.initialise(street: "长寿路街道", admin: "又一人", pin: "1357", localLimit: 50_000)
            }
        }
    }

    @Test("wrong PINs count towards the lockout; the fifth locks even the right PIN out")
    func lockout() async throws {
        let street = try await StreetFixture()
        try await street.withOffice { office in
            for left in (0..<5).reversed() {
                await #expect(throws: StreetError(StreetText.wrongPin(left))) { try await office.login(StreetFixture.person, pin: "0000") }
            }
            let error = await #expect(throws: StreetError.self) { try await office.login(StreetFixture.person, pin: StreetFixture.pin) }
            #expect(error?.message.hasPrefix("连续输错 PIN，已锁定") == true)
        }
    }

    @Test("a committee connects once with its code; the code does not work a second time")
    func enrolment() async throws {
        let street = try await StreetFixture()
        let code = try await street.enrol("长寿路第一居委会")
        let committee = try CommitteeFixture(name: "长寿路第一居委会")
        try await committee.connect(street.admin, code: code)
        #expect(committee.credential?.committee == "长寿路第一居委会")
        #expect(committee.credential?.password.count == 40)
        await #expect(throws: StreetError(StreetText.codeUsed)) {
            _ = try await CommitteeLink.enrol(at: street.admin, code: code, connectedBy: 1)
        }
        let session = try await committee.session()
        await session.close()
    }

    @Test("a committee's role inserts only its own rows, reads only its own, and cannot write a decision")
    func rowLevelSecurity() async throws {
        let street = try await StreetFixture()
        let (a, b) = (try CommitteeFixture(name: "甲居委会"), try CommitteeFixture(name: "乙居委会"))
        try await a.connect(street.admin, code: try await street.enrol("甲居委会"))
        try await b.connect(street.admin, code: try await street.enrol("乙居委会"))
        try a.request(62_000)
        try await a.sync()
        let session = try await b.session()
        defer { Task { await session.close() } }
        let forged = await #expect(throws: StreetError.self) {
            try await session.rows("""
                INSERT INTO street.item (committee, seq, kind, entity_id, detail, audit_row)
                VALUES (\(a.credential!.role), 1, 'expense.request', 1, '{"amount":"1"}', 1)
                """)
        }
        #expect(forged?.sqlState == "42501")
        #expect(forged?.message == "服务器拒绝：居委会只能写入本居委会自己的记录")
        let visible = try await session.rows("SELECT count(*) FROM street.item").first!.decode(Int64.self)
        #expect(visible == 0)
        let decision = await #expect(throws: StreetError.self) {
            try await session.rows("""
                INSERT INTO street.decision (committee, expense_id, kind, number, reason, reviewer, decided_on)
                VALUES (\(b.credential!.role), 1, 'pass', '自封〔2026〕1号', '', '乙', '2024-03-02')
                """)
        }
        #expect(decision?.sqlState == "42501")
        #expect(decision?.message.hasPrefix("服务器拒绝：此账号无权") == true)
    }

    @Test("wrong credentials are refused at once, in Chinese")
    func wrongCredentials() async throws {
        let street = try await StreetFixture()
        let started = Date()
        let error = await #expect(throws: StreetError.self) {
            _ = try await StreetSession.open(street.admin.loggingIn(as: "postgres", password: "wrong"))
        }
        #expect(error?.message.hasPrefix("服务器拒绝登录：用户名或密码错误") == true)
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test("a server whose schema is newer than the program is refused, and nothing is written to it")
    func newerSchema() async throws {
        let street = try await StreetFixture()
        try await street.withOffice { office in
            try await office.session.rows("INSERT INTO street.migration (name) VALUES ('s9-from-the-future')")
            await #expect(throws: StreetError(StreetText.newerSchema(["s9-from-the-future"]))) { _ = try await street.login(office) }
        }
    }
}
