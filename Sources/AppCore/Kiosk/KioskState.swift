import Domain
import Foundation
import ScreenKit

/// The pages of the residents' touch screen.
public enum KioskPage: Equatable, Sendable {
    case home, profile, notices, info, guide, rate
    /// The items of one category (条线) of the policy library.
    case category(String)
    /// The on-screen keyboard and what it finds.
    case search
    /// One policy item, by title.
    case item(String)
    /// A booking: choose a slot, then a name and a phone.
    case book
    /// Hidden from residents: the staff's way out, after the exit key.
    case staffExit
}

/// The text fields of the kiosk's forms, in Tab order per page.
public enum KioskField: Equatable, Sendable {
    case search, name, phone, number, pin
}

/// All the touch screen holds: no login, no person, and what a resident typed only until they
/// leave it untouched for `KioskState.idleSeconds`.
public struct KioskState: Equatable, Sendable {
    /// Seconds untouched before the screen goes back to 首页 and forgets what was typed (本程序取值 per issue 24).
    public static let idleSeconds: TimeInterval = 60
    /// Seconds after which what the screen shows is read again (本程序取值: within a minute).
    public static let reloadSeconds: TimeInterval = 30

    public var width: Int
    public var height: Int
    public var now: Date
    public var lastTouched: Date
    public var keymap: Keymap
    public var snapshot: KioskSnapshot?
    public var page: KioskPage = .home
    /// The page opened before the current one, for 返回.
    public var history: [KioskPage] = []
    /// The first line (text pages) or the first button (lists) shown.
    public var scroll = 0
    public var field: KioskField = .search
    public var inputs: [KioskField: String] = [:]
    public var slot: KioskSlot?
    public var level: KioskRatingLevel?
    public var reason: String?
    public var message: KioskMessage?
    /// Set when a 书记's PIN let the staff leave: the loop ends.
    public var leaving = false

    public init(width: Int, height: Int, now: Date, keymap: Keymap) {
        self.width = width
        self.height = height
        self.now = now
        self.lastTouched = now
        self.keymap = keymap
    }

    /// What was typed in `field`.
    public func text(_ field: KioskField) -> String { inputs[field] ?? "" }

    /// Back to 首页 with nothing typed, chosen or said.
    mutating func forget() {
        page = .home
        history = []
        scroll = 0
        inputs = [:]
        slot = nil
        level = nil
        reason = nil
        message = nil
    }
}

/// A line under the page: what was done, or why not.
public struct KioskMessage: Equatable, Sendable {
    public var text: String
    public var isError: Bool
    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}

/// What happened at the screen, or what came back from the file.
public enum KioskAction: Equatable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case tick(Date)
    case resize(width: Int, height: Int)
    case loaded(KioskSnapshot?)
    /// A booking or rating was stored: the line to show back (masked).
    case submitted(String)
    case failed(String)
    /// The staff's PIN was checked: nil lets them leave, else why not.
    case exitChecked(String?)
}

/// What the loop does for the screen.
public enum KioskEffect: Equatable, Sendable {
    case load
    case book(name: String, phone: String, slot: KioskSlot)
    case rate(KioskRating)
    case checkExit(pin: String)
}
