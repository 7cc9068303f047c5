import Domain
import Foundation
import Testing
@testable import Storage

/// Writing an imported staff list: all or nothing, people without a PIN, secretary only.
@Suite struct ImportStaffTests {
    let fixture: DatabaseFixture
    var database: AppDatabase { fixture.database }
    var admin: Person { fixture.admin }

    init() throws {
        fixture = try DatabaseFixture()
    }

    let csv = "姓名,角色,片区\n李四,社工,一片\n张三,社工、培训员,\n赵六,报账员,二片\n"

    @Test func importsEveryoneWithoutAPinAndAudits() throws {
        let people = try database.importStaff(StaffImport.parse(csv).get(), by: admin.id, at: Fixture.start, dryRun: false)
        #expect(people.map(\.name) == ["李四", "张三", "赵六"])
        #expect(people.allSatisfy { !$0.hasPin && $0.isActive })
        #expect(try database.people(includeInactive: false).count == 4)
        let actions = try database.auditEntries(limit: 4).map(\.action)
        #expect(actions == ["person.add", "person.add", "person.add", "person.import"])
        #expect(try database.verifyAuditChain().isIntact)
    }

    @Test func aNameAlreadyInTheDatabaseRefusesTheWholeFile() throws {
        _ = try database.addWorker("赵六", by: admin)
        let rows = try StaffImport.parse(csv).get()
        #expect(throws: StaffImportFailure([.init(line: 4, message: PeopleText.importAlreadyInDatabase("赵六"))])) {
            _ = try database.importStaff(rows, by: admin.id, at: Fixture.start, dryRun: false)
        }
        #expect(try database.people(includeInactive: true).map(\.name) == ["王书记", "赵六"])
        #expect(try database.verifyAuditChain().count == 3)
    }

    @Test func aDryRunChecksEverythingAndWritesNothing() throws {
        let people = try database.importStaff(StaffImport.parse(csv).get(), by: admin.id, at: Fixture.start, dryRun: true)
        #expect(people.count == 3)
        #expect(try database.people(includeInactive: true).count == 1)
        #expect(try database.verifyAuditChain().count == 2)
        let again = try database.importStaff(StaffImport.parse(csv).get(), by: admin.id, at: Fixture.start, dryRun: false)
        #expect(again.map(\.id) == people.map(\.id))
    }

    @Test func onlyASecretaryMayImport() throws {
        let worker = try database.addWorker("孙八", by: admin)
        let rows = try StaffImport.parse(csv).get()
        #expect(storageErrorKind { _ = try database.importStaff(rows, by: worker.id, at: Fixture.start, dryRun: false) } == .notPermitted)
        #expect(try database.people(includeInactive: true).count == 2)
    }

    @Test func importingIntoANewDatabaseIsRefused() throws {
        let temp = try TempDatabase()
        defer { temp.remove() }
        let database = try temp.open()
        let rows = try StaffImport.parse(csv).get()
        #expect(storageErrorKind { _ = try database.importStaff(rows, by: 1, at: Fixture.start, dryRun: false) } == .notInitialized)
    }
}
