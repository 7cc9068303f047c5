import Domain
import Foundation
import ScreenKit

/// The server's answers applied to the state.
enum StreetResults {
    static func apply(_ action: StreetAction, _ state: inout StreetState) -> [StreetEffect] {
        if state.lock != nil, case .loggedIn = action { StreetLock.apply(action, &state); return [] }
        if state.lock != nil, case .loginRefused = action { StreetLock.apply(action, &state); return [] }
        switch action {
        case .people(let street, let people):
            state.street = street
            state.phase = .login(StreetLogin(people: people))
        case .loggedIn(let name, let roles):
            state.phase = .main(StreetMain(person: name, roles: roles, year: ShanghaiCalendar.day(of: state.now).year))
            state.message = .init(StreetScreenText.welcome(name, roles), .ok)
            state.lastActivity = state.now
            return [.loadQueue]
        case .loginRefused(let text):
            guard case .login(var login) = state.phase, var pin = login.pin else { return [] }
            pin["pin"].input = TextInput("", maxLength: PinPolicy.maxDigits)
            pin.fail("pin", text)
            login.pin = pin
            state.phase = .login(login)
        case .queue(let entries): updateMain(&state) { $0.queue = entries; $0.queueList.clamp(count: entries.count) }
        case .books(let books): updateMain(&state) { $0.books = books; $0.booksList.clamp(count: books.count) }
        case .ledger(let committee, let lines):
            updateMain(&state) { main in
                guard main.ledger?.committee == committee else { return }
                main.ledger?.lines = lines
                main.ledger?.list.clamp(count: lines.count)
            }
        case .decided(let text):
            state.message = .init(text, .ok)
            return [.loadQueue]
        case .failed(let text):
            state.message = .init(text, .error)
        case .key, .tick, .resize:
            break
        }
        return []
    }

    private static func updateMain(_ state: inout StreetState, _ change: (inout StreetMain) -> Void) {
        guard case .main(var main) = state.phase else { return }
        change(&main)
        state.phase = .main(main)
    }
}
