import AppCore
import Domain
import Foundation
import StreetStorage

/// What the street program's effects do against the server: one connection, opened when first
/// needed and again after it broke; each call blocks the run loop at most `seconds`.
/// Used by one thread at a time: the run loop's (or a test's thread standing in for it).
final class StreetScreenEffects: @unchecked Sendable {
    let address: ServerAddress
    let seconds: Int
    private var session: StreetSession?
    /// Who logged in: the street's review is written in their name.
    private(set) var person: StreetPerson?
    var now: () -> Date = Date.init
    /// The street office's side on a connection (tests give it a fast PIN hasher).
    let office: @Sendable (StreetSession) -> StreetOffice

    init(address: ServerAddress, seconds: Int = 20,
         office: @escaping @Sendable (StreetSession) -> StreetOffice = { StreetOffice(session: $0) }) {
        self.address = address
        self.seconds = seconds
        self.office = office
    }

    /// Runs `effect`; nil when it is `.quit`.
    func run(_ effect: StreetEffect) -> StreetAction? {
        do {
            return try action(effect)
        } catch {
            if let failure = error as? StreetError, failure.sqlState == nil { close() }
            return effect.isLogin ? .loginRefused(StreetError.explain(error).message) : .failed(StreetError.explain(error).message)
        }
    }

    private func action(_ effect: StreetEffect) throws -> StreetAction? {
        switch effect {
        case .quit: close(); return nil
        case .loadPeople: return try call { .people(street: try await $0.streetName(), try await $0.loginNames()) }
        case .login(let name, let pin):
            let person = try call { try await $0.login(name, pin: pin, now: Date()) }
            self.person = person
            return .loggedIn(name: person.name, roles: StreetRole.allCases.filter(person.roles.contains).map(\.rawValue))
        case .loadQueue: return try call { .queue(try await $0.reviewQueue()) }
        case .loadBooks(let year): return try call { .books(try await $0.books(year: year)) }
        case .loadLedger(let committee, let year):
            return try call { .ledger(committee: committee, try await $0.ledger(of: committee, year: year)) }
        case .pass(let id, let number):
            let (person, day) = (try loggedIn(), ShanghaiCalendar.day(of: now()))
            try call { try await $0.pass(id, number: number, by: person, on: day) }
            return .decided(StreetScreenText.passed(id))
        case .returnRequest(let id, let reason):
            let (person, day) = (try loggedIn(), ShanghaiCalendar.day(of: now()))
            try call { try await $0.returnRequest(id, reason: reason, by: person, on: day) }
            return .decided(StreetScreenText.returned(id))
        }
    }

    private func loggedIn() throws -> StreetPerson {
        guard let person else { throw StreetError(StreetScreenText.notReviewer) }
        return person
    }

    /// Runs `body` with the street office's side on the open connection (opening it first if need be).
    @discardableResult
    private func call<T: Sendable>(_ body: @escaping @Sendable (StreetOffice) async throws -> T) throws -> T {
        let (session, office) = (try current(), office)
        return try StreetBlocking.run(seconds: seconds) { try await body(office(session)) }
    }

    private func current() throws -> StreetSession {
        if let session { return session }
        let address = address
        let opened = try StreetBlocking.run(seconds: seconds) { try await StreetSession.open(address) }
        session = opened
        return opened
    }

    /// Closes the connection (after it broke, or at the end); the next call opens a new one.
    func close() {
        guard let session else { return }
        self.session = nil
        _ = try? StreetBlocking.run(seconds: 5) { await session.close() }
    }
}

extension StreetEffect {
    var isLogin: Bool { if case .login = self { return true } else { return false } }
}
