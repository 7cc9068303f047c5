import Domain
import Foundation

/// What happened when a person tried to log in with a PIN.
public enum LoginOutcome: Sendable, Equatable {
    /// The PIN was right; the failure count is reset.
    case success(Person)
    /// The PIN was wrong but the person is not locked yet; `message` says how many tries are left.
    case wrongPin(message: String)
    /// Too many wrong PINs: no PIN is checked until `until`.
    case locked(until: Date, message: String)
    /// The person has no PIN yet (imported or reset): they must choose one with `setOwnPin`.
    case needsNewPin(Person)
    /// The person has been deactivated and cannot log in.
    case inactive(message: String)
}
