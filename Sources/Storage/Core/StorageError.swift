import Domain
import Foundation

/// A refusal from storage: nothing was written, and `message` tells the person why, in Chinese.
public struct StorageError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What kind of refusal this is, for code that must react differently to each.
    public enum Kind: String, Sendable, Equatable {
        /// The database file or its folder cannot be created.
        case cannotOpen
        /// `initialize` was called on a database that already has a committee.
        case alreadyInitialized
        /// A write that needs a committee was called on a new database.
        case notInitialized
        /// The acting person lacks the role the rule demands.
        case notPermitted
        /// A name, PIN or role list failed Domain's validation.
        case invalidInput
        /// Another person already has this name.
        case duplicateName
        /// No person has this id.
        case notFound
        /// The change would leave the committee without an active secretary.
        case lastSecretary
        /// The person already has a PIN, so they cannot set one as at first login.
        case pinAlreadySet
        /// The stored PIN hash cannot be read (a damaged row).
        case corruptPinHash
        /// The database file or one of its companions can be read by group or others.
        case unsafePermissions
        /// The file, its folder or its disk cannot be written.
        case readOnly
        /// The disk (or the database's size limit) is full; the write was rolled back.
        case diskFull
        /// Another program held the database longer than the busy timeout.
        case busy
        /// The file is not a database, or SQLite found it damaged.
        case damaged
        /// A backup file failed its checks, or a backup cannot be written where asked.
        case badBackup
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }

    /// Wraps a Domain input error (a bad name or PIN).
    static func invalid(_ error: InputError) -> StorageError {
        StorageError(.invalidInput, error.message)
    }
}
