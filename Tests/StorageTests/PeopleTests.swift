import Domain
import Foundation
import Testing
@testable import Storage

/// Managing people: only an active secretary may, names stay unique, a secretary always remains.
@Suite struct PeopleTests {
    let fixture: DatabaseFixture
    var database: AppDatabase { fixture.database }
    var admin: Person { fixture.admin }

    init() throws {
        fixture = try DatabaseFixture()
    }

    @Test func theSecretaryAddsAPersonWithAndWithoutAPin() throws {
        let li = try database.addPerson(name: " 李四 ", roles: [.worker, .bookkeeper], zone: " 二片 ", pin: nil,
                                        by: admin.id, at: Fixture.start)
        let zhang = try database.addPerson(name: "张三", roles: [.worker], zone: "", pin: "5678", by: admin.id, at: Fixture.start)
        #expect(li.name == "李四" && li.zone == "二片" && !li.hasPin && li.roles == [.worker, .bookkeeper])
        #expect(zhang.zone == nil && zhang.hasPin)
        #expect(try database.person(id: li.id) == li)
        #expect(try database.people(includeInactive: false).map(\.name) == ["王书记", "李四", "张三"])
    }

    @Test func aDuplicateNameIsRefused() throws {
        _ = try database.addWorker("李四", by: admin)
        #expect(storageErrorKind { _ = try database.addWorker("李四", by: admin) } == .duplicateName)
        #expect(storageErrorKind { _ = try database.addWorker("王书记", by: admin) } == .duplicateName)
        #expect(try database.people(includeInactive: true).count == 2)
    }

    @Test func aNonSecretaryCannotAddSetRolesResetOrDeactivate() throws {
        let worker = try database.addWorker("李四", by: admin)
        let auditRows = try database.verifyAuditChain().count
        let refusals: [() throws -> Void] = [
            { _ = try database.addPerson(name: "赵六", roles: [.worker], zone: nil, pin: nil, by: worker.id, at: Fixture.start) },
            { _ = try database.setRoles([.secretary], for: worker.id, by: worker.id, at: Fixture.start) },
            { _ = try database.resetPin(for: admin.id, newPin: "1111", by: worker.id, at: Fixture.start) },
            { _ = try database.setActive(false, for: admin.id, by: worker.id, at: Fixture.start) },
            { _ = try database.addPerson(name: "赵六", roles: [.worker], zone: nil, pin: nil, by: 999, at: Fixture.start) },
        ]
        for refusal in refusals {
            #expect(storageErrorKind(refusal) == .notPermitted)
        }
        #expect(try database.person(id: worker.id)?.roles == [.worker])
        #expect(try database.verifyAuditChain().count == auditRows)
    }

    @Test func aDeactivatedSecretaryLosesTheRight() throws {
        let second = try database.addPerson(name: "陈书记", roles: [.secretary], zone: nil, pin: "1357", by: admin.id, at: Fixture.start)
        _ = try database.setActive(false, for: second.id, by: admin.id, at: Fixture.start)
        #expect(storageErrorKind { _ = try database.addWorker("赵六", by: second) } == .notPermitted)
        #expect(try database.people(includeInactive: false).map(\.name) == ["王书记"])
        #expect(try database.people(includeInactive: true).map(\.name) == ["王书记", "陈书记"])
    }

    @Test func theLastActiveSecretaryCannotBeRemoved() throws {
        #expect(storageErrorKind { _ = try database.setRoles([.worker], for: admin.id, by: admin.id, at: Fixture.start) } == .lastSecretary)
        #expect(storageErrorKind { _ = try database.setActive(false, for: admin.id, by: admin.id, at: Fixture.start) } == .lastSecretary)
        #expect(try database.person(id: admin.id) == admin)
    }

    @Test func setRolesReplacesTheRolesAndIsAudited() throws {
        let worker = try database.addWorker("李四", by: admin)
        let changed = try database.setRoles([.director, .trainer], for: worker.id, by: admin.id, at: Fixture.minutes(3))
        #expect(changed.roles == [.director, .trainer])
        let last = try #require(try database.auditEntries(limit: 1).first)
        #expect(last.action == "person.roles" && last.entityID == worker.id && last.actorID == admin.id)
        #expect(last.at == Fixture.minutes(3))
        #expect(storageErrorKind { _ = try database.setRoles([], for: worker.id, by: admin.id, at: Fixture.start) } == .invalidInput)
    }

    @Test func unknownPeopleAreReportedAsNotFound() throws {
        #expect(try database.person(id: 42) == nil)
        #expect(storageErrorKind { _ = try database.setRoles([.worker], for: 42, by: admin.id, at: Fixture.start) } == .notFound)
        #expect(storageErrorKind { _ = try database.setOwnPin(for: 42, pin: "1234", at: Fixture.start) } == .notFound)
    }

    @Test func aPersonSetsTheirOwnPinOnlyWhenTheyHaveNone() throws {
        let worker = try database.addWorker("李四", by: admin)
        #expect(storageErrorKind { _ = try database.setOwnPin(for: worker.id, pin: "12", at: Fixture.start) } == .invalidInput)
        #expect(try database.setOwnPin(for: worker.id, pin: "9753", at: Fixture.start).hasPin)
        #expect(storageErrorKind { _ = try database.setOwnPin(for: worker.id, pin: "1111", at: Fixture.start) } == .pinAlreadySet)
        #expect(try database.verifyLogin(personID: worker.id, pin: "9753", now: Fixture.start) == .success(try #require(try database.person(id: worker.id))))
    }

    @Test func resetPinSetsOrClearsThePin() throws {
        let worker = try database.addWorker("李四", by: admin, pin: "1111")
        let cleared = try database.resetPin(for: worker.id, newPin: nil, by: admin.id, at: Fixture.start)
        #expect(!cleared.hasPin)
        #expect(try database.verifyLogin(personID: worker.id, pin: "1111", now: Fixture.start) == .needsNewPin(cleared))
        _ = try database.resetPin(for: worker.id, newPin: "2222", by: admin.id, at: Fixture.start)
        guard case .success = try database.verifyLogin(personID: worker.id, pin: "2222", now: Fixture.start) else {
            Issue.record("the new PIN should log in")
            return
        }
    }
}
