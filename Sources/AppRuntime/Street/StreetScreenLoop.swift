import AppCore
import Foundation
import ScreenKit
import TerminalBackend

/// The street program's loop: keys in, effects run against the server, the screen redrawn.
struct StreetScreenLoop {
    var state: StreetState
    let effects: StreetScreenEffects
    let terminal: Terminal

    /// Runs until the person quits or a stop signal arrives; returns the signal, if one ended it.
    mutating func run() -> Int32? {
        var pending: [StreetEffect] = [.loadPeople]
        while true {
            while !pending.isEmpty {
                guard let action = effects.run(pending.removeFirst()) else { return nil }
                pending += StreetUpdate.update(&state, action)
            }
            redraw()
            if let signal = Terminal.pendingSignal() { effects.close(); return signal }
            pending = next()
        }
    }

    private func redraw() {
        var buffer = ScreenBuffer(width: state.width, height: state.height)
        StreetView.render(state, into: &buffer)
        terminal.draw(buffer)
    }

    /// Waits up to a second for a key; with none, the clock ticks (the idle lock, the waiting times).
    private mutating func next() -> [StreetEffect] {
        let ticked = StreetUpdate.update(&state, .tick(effects.now()))
        switch terminal.readInput(timeoutMilliseconds: 1000) {
        case .key(.resize)?: return ticked + StreetUpdate.update(&state, .resize(width: terminal.size.width, height: terminal.size.height))
        case .key(let key)?: return ticked + StreetUpdate.update(&state, .key(key))
        case .mouse?, nil: return ticked
        }
    }
}
