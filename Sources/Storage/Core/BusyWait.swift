import Foundation
import GRDB

/// How a connection waits when another program (another terminal, an import) holds the
/// database: it tries again every 10 ms for up to `seconds`, and at the first wait of each
/// episode tells whoever listens, so the screen can say it is waiting instead of freezing.
///
/// The callback runs on the connection's own queue while the caller waits for it.
final class BusyWait: @unchecked Sendable {
    let seconds: Int
    static let pollMilliseconds = 10
    private let lock = NSLock()
    private var notice: (@Sendable () -> Void)?

    init(seconds: Int) { self.seconds = seconds }

    /// Called at the start of every wait from now on.
    func onWait(_ notice: (@Sendable () -> Void)?) {
        lock.withLock { self.notice = notice }
    }

    /// SQLite's busy handler: true to try again, false to give up with SQLITE_BUSY.
    var mode: Database.BusyMode {
        .callback { [self] tries in
            if tries == 0 { lock.withLock { notice }?() }
            guard tries < seconds * 1000 / Self.pollMilliseconds else { return false }
            usleep(useconds_t(Self.pollMilliseconds * 1000))
            return true
        }
    }
}
