import Storage
import TerminalBackend

/// Says on the screen that the database is busy, when a read or write starts waiting for
/// another program (another terminal, an import), instead of freezing without a sign.
///
/// SQLite calls it on the database's queue while the loop's thread waits for that call, so the
/// terminal is never drawn from two threads at once.
final class BusyNotice: @unchecked Sendable {
    private let terminal: Terminal

    init(terminal: Terminal) { self.terminal = terminal }

    /// Shows the notice on `database`'s every wait from now on.
    func watch(_ database: AppDatabase) {
        database.onBusyWait { [self] in terminal.showNotice(AppDatabase.busyWaitNotice) }
    }
}
