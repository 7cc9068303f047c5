import Domain
import Foundation
import ScreenKit

/// What comes into the street program: a key, the clock, a new size, or an effect's answer.
public enum StreetAction: Equatable, Sendable {
    case key(Key)
    case tick(Date)
    case resize(width: Int, height: Int)
    /// The street's name and its people, read at the start and after a logout.
    case people(street: String, [StreetLoginName])
    /// The PIN was right: the person's name and roles.
    case loggedIn(name: String, roles: [String])
    /// The PIN was refused (wrong, locked out, inactive): the server's sentence.
    case loginRefused(String)
    case queue([ReviewEntry])
    case books([CommitteeBooks])
    case ledger(committee: String, [StreetLedgerLine])
    /// A decision was written: the sentence to show; the queue is read again.
    case decided(String)
    /// Something failed: the Chinese sentence to show.
    case failed(String)
}

/// What the street program asks of the server; each comes back as a `StreetAction`.
public enum StreetEffect: Equatable, Sendable {
    case loadPeople
    case login(name: String, pin: String)
    case loadQueue
    case loadBooks(year: Int)
    case loadLedger(committee: String, year: Int)
    case pass(id: Int64, number: String)
    case returnRequest(id: Int64, reason: String)
    case quit
}
