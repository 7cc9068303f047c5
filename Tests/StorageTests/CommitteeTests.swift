import Domain
import Foundation
import Testing
@testable import Storage

/// The first run: a new database has no committee; initialize records it once, with a secretary.
@Suite struct CommitteeTests {
    @Test func aNewDatabaseHasNoCommitteeAndNoPeople() throws {
        let temp = try TempDatabase()
        defer { temp.remove() }
        let database = try temp.open()
        #expect(try database.committee() == nil)
        #expect(try database.people(includeInactive: true).isEmpty)
        #expect(try database.verifyAuditChain() == AuditChainReport(count: 0, firstBrokenID: nil))
    }

    @Test func initializeRecordsTheCommitteeAndItsSecretaryWithAudit() throws {
        let temp = try TempDatabase()
        defer { temp.remove() }
        let (database, admin) = try temp.initialized()
        #expect(try database.committee() == Fixture.committee)
        #expect(admin.name == "王书记" && admin.roles == [.secretary, .worker] && admin.hasPin && admin.isActive)
        #expect(try database.people(includeInactive: false) == [admin])
        let actions = try database.auditEntries(limit: 10).map(\.action)
        #expect(actions == ["person.add", "committee.create"])
    }

    @Test func initializeTwiceIsRefusedAndChangesNothing() throws {
        let temp = try TempDatabase()
        defer { temp.remove() }
        let (database, _) = try temp.initialized()
        let other = Committee(name: "另一个居委会", streetOffice: "真如镇")
        let kind = storageErrorKind {
            _ = try database.initialize(committee: other, adminName: "李书记", adminRoles: [.secretary],
                                        pin: "1357", at: Fixture.minutes(1))
        }
        #expect(kind == .alreadyInitialized)
        #expect(try database.committee() == Fixture.committee)
        #expect(try database.people(includeInactive: true).map(\.name) == ["王书记"])
        #expect(try database.verifyAuditChain().count == 2)
    }

    /// One refused first-run form.
    struct FirstRun: Sendable, CustomTestStringConvertible {
        var committee = Fixture.committee
        var name = "王书记"
        var roles: Set<Role> = [.secretary]
        var pin = "2468"
        var testDescription: String { "\(committee.name)/\(committee.streetOffice)/\(name)/\(roles.count)/\(pin)" }
    }

    @Test(arguments: [
        FirstRun(committee: Committee(name: " ", streetOffice: "长征镇")),
        FirstRun(committee: Committee(name: "梅川一居", streetOffice: "")),
        FirstRun(name: "  "),
        FirstRun(roles: [.worker, .director]),
        FirstRun(roles: []),
        FirstRun(pin: "12a4"),
        FirstRun(pin: "123"),
    ])
    func initializeRefusesBadInputAndWritesNothing(input: FirstRun) throws {
        let temp = try TempDatabase()
        defer { temp.remove() }
        let database = try temp.open()
        let kind = storageErrorKind {
            _ = try database.initialize(committee: input.committee, adminName: input.name, adminRoles: input.roles,
                                        pin: input.pin, at: Fixture.start)
        }
        #expect(kind == .invalidInput)
        #expect(try database.committee() == nil)
        #expect(try database.verifyAuditChain().count == 0)
    }

    @Test func initializeTrimsTheNames() throws {
        let temp = try TempDatabase()
        defer { temp.remove() }
        let database = try temp.open()
        let admin = try database.initialize(
            committee: Committee(name: " 梅川一居 ", streetOffice: "长征镇\n"), adminName: " 王书记 ",
            adminRoles: [.secretary], pin: "2468", at: Fixture.start)
        #expect(admin.name == "王书记")
        #expect(try database.committee() == Committee(name: "梅川一居", streetOffice: "长征镇"))
    }
}
