import AppCore
import Domain
import Foundation
import Storage

/// Runs the touch screen's effects against its store; every failure comes back as a Chinese line.
public struct KioskEffects {
    let store: KioskStore
    let now: () -> Date

    public init(store: KioskStore, now: @escaping () -> Date = Date.init) {
        self.store = store
        self.now = now
    }

    public func run(_ effect: KioskEffect) -> KioskAction {
        do {
            switch effect {
            case .load: return .loaded(try snapshot())
            case .book(let name, let phone, let slot): return try book(name, phone, slot)
            case .rate(let rating):
                try store.rateReception(rating, at: now())
                return .submitted(KioskText.submitted)
            case .checkExit(let pin): return .exitChecked(try exitRefusal(pin))
            }
        } catch {
            return .failed(StorageError.explain(error))
        }
    }

    /// What the screen shows now, with the public disclosure of the last half-year that has ended.
    private func snapshot() throws -> KioskSnapshot? {
        guard var snapshot = try store.kioskSnapshot(now: now(), calendar: try ProgramCalendar.current()) else { return nil }
        snapshot.disclosure = try? disclosure(before: snapshot.today)   // without rules for that half, the rest still shows
        return snapshot
    }

    /// The public edition of the funds report of the last half-year ended before `day`.
    private func disclosure(before day: LocalDate) throws -> KioskDisclosure? {
        let period = KioskDisclosure.period(before: day)
        let rules = try FundsEffects.rules(on: period.lastDay)
        let report = FundsReport(book: try store.fundsBook(year: period.year, rules: rules), period: period, isPublic: true, rules: rules)
        return KioskDisclosure(report: report, rules: rules)
    }

    private func book(_ name: String, _ phone: String, _ slot: KioskSlot) throws -> KioskAction {
        let at = now()
        let rules = try RuleBook.bundled().rules(on: ShanghaiCalendar.day(of: at))
        _ = try store.bookFromKiosk(name: name, phone: phone, slot: slot, calendar: try ProgramCalendar.current(), rules: rules, at: at)
        return .submitted(KioskText.booked(name: name, phone: phone, slot: slot))
    }

    /// Nil when `pin` is the PIN of an active 书记 (each wrong try counts towards their lockout, as at login).
    func exitRefusal(_ pin: String) throws -> String? {
        let secretaries = try store.people(includeInactive: false).filter { $0.roles.contains(.secretary) }
        var last = KioskText.exitRefused
        for person in secretaries {
            switch try store.verifyLogin(personID: person.id, pin: pin, now: now()) {
            case .success: return nil
            case .locked(_, let message): last = message
            default: continue
            }
        }
        return last
    }
}
