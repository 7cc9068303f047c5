import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// People, dates and states that the AppCore tests share.
enum Fixtures {
    /// 2026-11-29 10:00 in Shanghai (02:00 UTC), a Sunday.
    static let now = Date(timeIntervalSince1970: 1_795_917_600)
    static let committee = Committee(name: "长寿路第一居委会", streetOffice: "长寿路街道")
    static let secretary = Person(id: 1, name: "王秀兰", roles: [.secretary, .worker])
    static let worker = Person(id: 2, name: "李明", roles: [.worker], zone: "一片")
    static let newcomer = Person(id: 3, name: "赵小红", roles: [.worker], hasPin: false)

    static func state(width: Int = 80, height: Int = 24) -> AppState {
        AppState(width: width, height: height, now: now, keymap: AppKeymap.standard)
    }

    static func loginState() -> AppState {
        var s = state()
        _ = AppUpdate.update(&s, .startupLoaded(committee: committee, people: [secretary, worker, newcomer]))
        return s
    }

    static func mainState(_ user: Person = secretary, width: Int = 80, height: Int = 24) -> AppState {
        var s = state(width: width, height: height)
        s.committee = committee
        s.phase = .main(MainState(user: user))
        return s
    }

    /// Sends keys one after another, collecting every effect asked for.
    @discardableResult
    static func send(_ keys: [Key], to state: inout AppState) -> [Effect] {
        keys.flatMap { AppUpdate.update(&state, .key($0)) }
    }

    /// Types `text`; a room field's lookups are answered from `registry` as storage would answer them.
    static func type(_ text: String, into state: inout AppState, registry: [Household] = VisitFixtures.households) {
        sendAnsweringRooms(text.map { Key.char($0) }, to: &state, registry: registry)
    }

    /// Sends `keys`, answering each room lookup from `registry` as storage would; the other effects.
    @discardableResult
    static func sendAnsweringRooms(_ keys: [Key], to state: inout AppState, registry: [Household] = VisitFixtures.households) -> [Effect] {
        keys.flatMap { key in
            AppUpdate.update(&state, .key(key)).filter { effect in
                guard case .lookUpRooms(let typed) = effect else { return true }
                _ = AppUpdate.update(&state, .roomsFound(typed: typed, RoomNumber.candidates(typed, in: registry, limit: RoomLookup.limit)))
                return false
            }
        }
    }

    static func render(_ state: AppState) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: state.width, height: state.height)
        AppView.render(state, into: &buffer)
        // Every screen a test draws is also a check that nothing on it was cut off (issue 19).
        #expect(buffer.clipped.isEmpty, "cut off at \(state.width)×\(state.height): \(buffer.clipped)")
        return buffer
    }

    static func screenText(_ state: AppState) -> String { render(state).textLines().joined(separator: "\n") }
}

extension AppState {
    var main: MainState? {
        if case .main(let m) = phase { return m }
        return nil
    }
    var login: LoginState? {
        if case .login(let l) = phase { return l }
        return nil
    }
    var firstRun: FirstRunState? {
        if case .firstRun(let f) = phase { return f }
        return nil
    }
}
