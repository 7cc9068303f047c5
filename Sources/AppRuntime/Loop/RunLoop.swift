import AppCore
import Foundation
import ScreenKit
import TerminalBackend

/// The loop that connects the pure program to the terminal: keys in, effects run, the screen redrawn.
public struct RunLoop {
    public var state: AppState
    let runner: EffectRunner
    let terminal: Terminal
    /// The street sync of a connected committee (its own thread), nil when not connected.
    var streetSync: BackgroundSync?

    public init(state: AppState, runner: EffectRunner, terminal: Terminal) {
        self.state = state
        self.runner = runner
        self.terminal = terminal
    }

    /// Runs until the person quits or a stop signal arrives; returns the signal, if one ended it.
    public mutating func run() -> Int32? {
        var pending: [Effect] = [.loadStartup]
        while true {
            let saving = !pending.isEmpty
            if !perform(&pending) { return keepDrafts(nil) }
            if let streetSync {
                state.streetStatus = streetSync.status
                if saving { streetSync.poke() }
            }
            redraw()
            if let signal = Terminal.pendingSignal() { return keepDrafts(signal) }
            pending = next()
        }
    }

    /// Runs queued effects, feeding each result back through `update`; false when one of them is `.quit`.
    private mutating func perform(_ effects: inout [Effect]) -> Bool {
        while !effects.isEmpty {
            let effect = effects.removeFirst()
            guard let action = runner.run(effect) else { return false }
            effects += AppUpdate.updateKeepingDrafts(&state, action)
        }
        return true
    }

    /// Writes every open form's draft before the program ends (a quit or a stop signal), then passes `signal` on.
    private mutating func keepDrafts(_ signal: Int32?) -> Int32? {
        var effects = AppUpdate.keepDrafts(&state)
        _ = perform(&effects)
        return signal
    }

    private func redraw() {
        var buffer = ScreenBuffer(width: state.width, height: state.height)
        AppView.render(state, into: &buffer)
        terminal.draw(buffer)
    }

    /// Waits up to a second for a key; with none, the clock ticks (the status line's date).
    private mutating func next() -> [Effect] {
        switch terminal.readInput(timeoutMilliseconds: 1000) {
        case .mouse(let event)?:
            let now = runner.now()
            let ticked = now.timeIntervalSince(state.now) >= 1 ? AppUpdate.updateKeepingDrafts(&state, .tick(now)) : []
            return ticked + AppUpdate.updateKeepingDrafts(&state, .mouse(event))
        case .key(.resize)?:
            let size = terminal.size
            return AppUpdate.updateKeepingDrafts(&state, .resize(width: size.width, height: size.height))
        case .key(let key)?:
            // The clock moves on while the person types, so drafts are written about once a second.
            let now = runner.now()
            let ticked = now.timeIntervalSince(state.now) >= 1 ? AppUpdate.updateKeepingDrafts(&state, .tick(now)) : []
            return ticked + AppUpdate.updateKeepingDrafts(&state, .key(key))
        case nil:
            return AppUpdate.updateKeepingDrafts(&state, .tick(runner.now()))
        }
    }
}
