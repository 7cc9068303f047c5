import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The number of the last stop signal received, 0 while none has come.
///
/// A global `Atomic`: the handler only stores into it (lock-free, no allocation, no curses),
/// which is all a signal handler may safely do. `installSignalFlags` reads it once first so
/// that its lazy initialisation never runs inside a handler.
private let receivedSignal = Atomic<Int32>(0)

/// The signal handler: records which signal came and returns.
private func recordSignal(_ number: Int32) {
    receivedSignal.store(number, ordering: .relaxed)
}

// MARK: - Stop signals

extension Terminal {
    /// The signals that ask the program to stop: it should save, call `stop()` and exit.
    public static let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Installs handlers for SIGINT, SIGTERM and SIGHUP that only set a flag; see `pendingSignal()`.
    ///
    /// Call it before `start(theme:)`. The handlers are installed without `SA_RESTART`, so a
    /// `readKey` that is waiting returns at once and the loop notices the signal promptly.
    /// SIGTSTP and SIGCONT are left to ncurses, which leaves and restores the screen itself, and
    /// SIGWINCH too (it becomes `Key.resize`). Note that under `raw()` typing Ctrl-C sends no
    /// SIGINT: it arrives as the key `.ctrl("c")`. SIGINT comes only from `kill`.
    public static func installSignalFlags() {
        _ = receivedSignal.load(ordering: .relaxed)
        for number in stopSignals {
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = recordSignal
            #else
            action.__sigaction_u.__sa_handler = recordSignal
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(number, &action, nil)
        }
    }

    /// The stop signal received since `installSignalFlags()`, if any; it stays set once set.
    public static func pendingSignal() -> Int32? {
        let number = receivedSignal.load(ordering: .relaxed)
        return number == 0 ? nil : number
    }
}
