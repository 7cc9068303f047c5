import Foundation

/// Reading the acting person's PIN for a command: from a file descriptor a script names
/// (`--pin-fd N`), or typed at the terminal (`/dev/tty`) with echo off. Never from the command
/// line or the environment, where other users and the shell's history could read it.
enum PinReader {
    /// The longest line read: far more than a PIN, so a wrong file is refused rather than read whole.
    static let maxBytes = 64

    /// Why no PIN could be read.
    enum Failure: Error, Equatable {
        case noTerminal
        case unreadableFD(Int32)
    }

    /// The first line read from `fd` (its line end dropped); the descriptor is left open.
    static func read(fd: Int32) throws(Failure) -> String {
        var bytes = [UInt8]()
        var byte: UInt8 = 0
        while bytes.count < maxBytes {
            let n = Foundation.read(fd, &byte, 1)
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw .unreadableFD(fd) }
            if n == 0 || byte == UInt8(ascii: "\n") { break }
            bytes.append(byte)
        }
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The PIN typed at the controlling terminal after `prompt`, not echoed.
    static func readFromTerminal(prompt: String) throws(Failure) -> String {
        let fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { throw .noTerminal }
        defer { close(fd) }
        var saved = termios()
        guard tcgetattr(fd, &saved) == 0 else { throw .noTerminal }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        quiet.c_lflag |= tcflag_t(ICANON)
        _ = prompt.withCString { write(fd, $0, strlen($0)) }
        _ = tcsetattr(fd, TCSAFLUSH, &quiet)
        defer {
            _ = tcsetattr(fd, TCSAFLUSH, &saved)
            _ = write(fd, "\n", 1)
        }
        return try read(fd: fd)
    }
}
