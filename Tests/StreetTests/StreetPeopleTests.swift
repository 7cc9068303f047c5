import Domain
import Foundation
import Testing
@testable import AppRuntime
@testable import StreetStorage

/// The street's staff logins: added and deactivated by a 自治办, on a real server.
@Suite struct StreetPeopleTests {
    @Test("a 自治办 adds a 财务 and a 领导; each logs in with their own PIN and holds only their roles")
    func addUsers() async throws {
        let street = try await StreetFixture()
        try await street.withOffice { office in
            let admin = try await street.login(office)
            try await office.addPerson("刘会计", roles: [.finance], pin: "2468", by: admin)
            try await office.addPerson(" 周主任 ", roles: [.leader, .selfGovernanceOffice], pin: "97531", by: admin)
            #expect(try await office.login("刘会计", pin: "2468").roles == [.finance])
            #expect(try await office.login("周主任", pin: "97531").roles == [.leader, .selfGovernanceOffice])
            await #expect(throws: StreetError(StreetText.wrongPin(4))) { try await office.login("刘会计", pin: "1357") }
            #expect(try await office.people().map(\.name) == [StreetFixture.person, "刘会计", "周主任"])
        }
    }

    @Test("only a 自治办 adds people; a name twice, no role or a bad PIN is refused and nothing is written")
    func refusals() async throws {
        let street = try await StreetFixture()
        try await street.withOffice { office in
            let admin = try await street.login(office)
            let finance = try await office.addPerson("刘会计", roles: [.finance], pin: "2468", by: admin)
            await #expect(throws: StreetError(StreetText.lacksRole("刘会计", "自治办"))) {
                try await office.addPerson("王五", roles: [.finance], pin: "2468", by: finance)
            }
            await #expect(throws: StreetError(StreetText.personExists("刘会计"))) {
                try await office.addPerson("刘会计", roles: [.leader], pin: "2468", by: admin)
            }
            await #expect(throws: StreetError(StreetText.rolesEmpty)) { try await office.addPerson("王五", roles: [], pin: "2468", by: admin) }
            await #expect(throws: StreetError.self) { try await office.addPerson("王五", roles: [.leader], pin: "12a4", by: admin) }
            await #expect(throws: StreetError(StreetText.nameEmpty)) { try await office.addPerson("  ", roles: [.leader], pin: "2468", by: admin) }
            #expect(try await office.people().count == 2)
        }
    }

    @Test("a deactivated person cannot log in, even with the right PIN; activated again, they can")
    func deactivate() async throws {
        let street = try await StreetFixture()
        try await street.withOffice { office in
            let admin = try await street.login(office)
            try await office.addPerson("刘会计", roles: [.finance], pin: "2468", by: admin)
            try await office.setActive("刘会计", false, by: admin)
            await #expect(throws: StreetError(StreetText.inactive)) { try await office.login("刘会计", pin: "2468") }
            #expect(try await office.people().first { $0.name == "刘会计" }?.active == false)
            try await office.setActive("刘会计", true, by: admin)
            #expect(try await office.login("刘会计", pin: "2468").name == "刘会计")
            await #expect(throws: StreetError(StreetText.deactivateSelf)) { try await office.setActive(admin.name, false, by: admin) }
            await #expect(throws: StreetError(StreetText.unknownPerson("无此人"))) { try await office.setActive("无此人", false, by: admin) }
        }
    }

    @Test("--role takes 自治办、财务、领导, separated by 、 or repeated; anything else is refused in Chinese")
    func roleOption() throws {
        #expect(try StreetAddUserCommand.roles(["自治办、财务"]) == [.selfGovernanceOffice, .finance])
        #expect(try StreetAddUserCommand.roles(["领导", "财务"]) == [.leader, .finance])
        #expect(throws: StreetError(StreetText.unknownRole("书记"))) { try StreetAddUserCommand.roles(["书记"]) }
    }
}
