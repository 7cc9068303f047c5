import Foundation

/// A record whose full details (a resident's phone, family situation, hardship) someone opened:
/// what goes into the audit log is which record, never what it holds.
public struct ViewedRecord: Equatable, Sendable {
    /// The kinds of record that hold a resident's personal details.
    public enum Kind: String, CaseIterable, Sendable {
        case household, reception, visit

        /// "住户", "接待记录", "走访记录".
        public var title: String {
            switch self {
            case .household: return "住户"
            case .reception: return "接待记录"
            case .visit: return "走访记录"
            }
        }
    }

    public var kind: Kind
    public var id: Int64

    public init(_ kind: Kind, _ id: Int64) {
        self.kind = kind
        self.id = id
    }

    /// "住户 #12": how the view log names the record.
    public var label: String { "\(kind.title) #\(id)" }
}

/// One line of the view log: who opened which record, and when.
public struct RecordViewEntry: Equatable, Sendable {
    public var at: Date
    /// The viewer's name as the staff list has it now.
    public var viewer: String
    public var record: ViewedRecord

    public init(at: Date, viewer: String, record: ViewedRecord) {
        self.at = at
        self.viewer = viewer
        self.record = record
    }
}
