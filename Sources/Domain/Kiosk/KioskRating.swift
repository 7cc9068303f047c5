import Foundation

/// A resident's rating of the service on one reception record (评价), given at the touch screen
/// with the number on their slip. Stored once per record; never read back on the kiosk.
public enum KioskRatingLevel: String, Sendable, CaseIterable {
    case satisfied = "满意"
    case fairlySatisfied = "基本满意"
    case dissatisfied = "不满意"

    public var title: String { rawValue }
}

/// The short list of reasons a resident may add (本程序取值).
public enum KioskRatingReason {
    public static let all = ["等候时间长", "没有说清楚", "要跑好几次", "态度不好", "其他"]
}

/// What the touch screen sends to be stored.
public struct KioskRating: Sendable, Equatable {
    public var receptionID: Int64
    public var level: KioskRatingLevel
    public var reason: String?

    public init(receptionID: Int64, level: KioskRatingLevel, reason: String? = nil) {
        self.receptionID = receptionID
        self.level = level
        self.reason = reason
    }
}

/// A resident's rating of a reception record as stored, for the staff's view of that record
/// (never shown on the touch screen): the level, the reason if one was chosen, and when.
public struct ResidentRating: Sendable, Equatable {
    public var level: KioskRatingLevel
    public var reason: String?
    public var at: Date

    public init(level: KioskRatingLevel, reason: String?, at: Date) {
        self.level = level
        self.reason = reason
        self.at = at
    }
}
