import AppCore
import Foundation
import ScreenKit
import TerminalBackend

/// The touch screen's loop: touches and keys in, effects run, the screen redrawn; it ends only
/// when a 书记's PIN lets the staff leave, or on a stop signal.
public struct KioskLoop {
    public var state: KioskState
    let effects: KioskEffects
    let terminal: Terminal

    public init(state: KioskState, effects: KioskEffects, terminal: Terminal) {
        self.state = state
        self.effects = effects
        self.terminal = terminal
    }

    /// Runs until the staff leave or a stop signal arrives; returns the signal, if one ended it.
    public mutating func run() -> Int32? {
        var pending: [KioskEffect] = [.load]
        while true {
            while !pending.isEmpty { pending += KioskUpdate.update(&state, effects.run(pending.removeFirst())) }
            if state.leaving { return nil }
            redraw()
            if let signal = Terminal.pendingSignal() { return signal }
            pending = KioskUpdate.update(&state, .tick(effects.now()))
            if let action = next() { pending += KioskUpdate.update(&state, action) }
        }
    }

    private func redraw() {
        var buffer = ScreenBuffer(width: state.width, height: state.height)
        KioskView.render(state, into: &buffer)
        terminal.draw(buffer)
    }

    /// Waits up to a second for a key or a touch.
    private func next() -> KioskAction? {
        switch terminal.readInput(timeoutMilliseconds: 1000) {
        case .key(.resize)?: return .resize(width: terminal.size.width, height: terminal.size.height)
        case .key(let key)?: return .key(key)
        case .mouse(let event)?: return .mouse(event)
        case nil: return nil
        }
    }
}
