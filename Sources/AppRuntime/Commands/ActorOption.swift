import ArgumentParser
import Domain
import Foundation
import Storage

/// `--as NAME` and `--pin-fd N`: who is acting, for every command that writes to the database or
/// reads residents' data out of it. The PIN is typed at the terminal (echo off) or read from file
/// descriptor N by a script, never taken from the command line or the environment, and checked by
/// Storage's login, the screen's own, so wrong PINs count towards the same lockout.
struct ActorOption: ParsableArguments {
    @Option(name: .customLong("as"), help: "操作人姓名（须为在用人员；随后从终端读其 PIN，不回显）")
    var name: String?

    @Option(name: .customLong("pin-fd"), help: "从此文件描述符读取操作人的 PIN，供脚本使用（如 --pin-fd 3 3<<<1234）")
    var pinFD: Int32?

    init() {}

    /// For tests and callers that already know the person: `--as name --pin-fd fd`.
    init(name: String?, pinFD: Int32?) {
        self.name = name
        self.pinFD = pinFD
    }

    /// The person acting, once their PIN is right and they hold `permission`'s roles.
    func verified(in db: AppDatabase, may permission: Permission, now: Date = Date()) throws -> Person {
        try verified(in: db, roles: permission.roles, act: permission.act, now: now)
    }

    /// The person named by `--as`, once their PIN is right and they hold one of `roles` (any
    /// role when nil) for `act`; otherwise a Chinese refusal on standard error and exit code 1.
    /// The role is checked before the PIN is asked for: the roles are on the login list anyway.
    func verified(in db: AppDatabase, roles: Set<Role>?, act: String, now: Date = Date()) throws -> Person {
        guard let name, !name.isEmpty else { try fail(ActorText.missing) }
        guard let person = try db.people(includeInactive: true).first(where: { $0.name == name }) else {
            try fail(ActorText.unknown)
        }
        if let roles, person.roles.isDisjoint(with: roles) { try fail(ActorText.lacksRole(roles, act: act)) }
        let pin = try readPin(for: person)
        let outcome: LoginOutcome
        do {
            outcome = try db.verifyLogin(personID: person.id, pin: pin, now: now)
        } catch let error as StorageError {
            try fail(error.message)
        }
        return try Self.person(from: outcome)
    }

    /// Before a restore replaces the database at `database`: a 书记 of that database, PIN checked.
    /// No database there yet needs nobody (as `init`); one that cannot be opened is refused with
    /// how to move it aside, which is what replacing it by hand would take anyway.
    func verifiedToReplace(_ database: DatabaseOption) throws {
        guard FileManager.default.fileExists(atPath: database.path()) else { return }
        let current: AppDatabase
        do {
            current = try AppDatabase.open(path: database.path())
        } catch {
            try fail(ActorText.cannotCheckCurrent(database.path(), reason: StorageError.explain(error)))
        }
        _ = try verified(in: current, roles: [.secretary], act: "从备份恢复数据库")
    }

    /// The PIN from `--pin-fd`, else from the terminal; without either a refusal.
    private func readPin(for person: Person) throws -> String {
        do {
            if let pinFD { return try PinReader.read(fd: pinFD) }
            return try PinReader.readFromTerminal(prompt: ActorText.prompt(person.name))
        } catch PinReader.Failure.noTerminal {
            try fail(ActorText.noTerminal)
        } catch PinReader.Failure.unreadableFD(let fd) {
            try fail(ActorText.unreadableFD(fd))
        }
    }

    /// The logged-in person, or the login's own refusal (wrong PIN, lockout with its wait, …).
    static func person(from outcome: LoginOutcome) throws -> Person {
        switch outcome {
        case .success(let person): return person
        case .wrongPin(let message), .locked(_, let message), .inactive(let message): try fail(ActorText.refused(message))
        case .needsNewPin: try fail(ActorText.needsPin)
        }
    }
}

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
