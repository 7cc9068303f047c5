import DataFile
import Foundation

/// The rule sets a program knows, each from its effective date: picks the one in force on a day
/// or for a month, so an old month is scored by the rules of its time.
public struct RuleBook: Sendable, Equatable {
    /// The rule sets, oldest first.
    public private(set) var ruleSets: [RuleSet]

    /// A book of `ruleSets`; two with the same effective date are refused.
    public init(_ ruleSets: [RuleSet]) throws(DataFileError) {
        let sorted = ruleSets.sorted { $0.effective < $1.effective }
        for (a, b) in zip(sorted, sorted.dropFirst()) where a.effective == b.effective {
            throw DataFileError(file: b.id, line: nil, reason: "与 \(a.id) 的生效日期相同（\(a.effective)）")
        }
        self.ruleSets = sorted
    }

    /// The book of the rule set shipped with the program.
    public static func bundled() throws(DataFileError) -> RuleBook {
        try RuleBook([RuleSet.bundledPutuo2017()])
    }

    // MARK: - Which rules apply

    /// The rule set in force on `day`: the latest whose effective date is on or before it.
    public func inForce(on day: LocalDate) -> RuleSet? {
        ruleSets.last(where: { $0.effective <= day })
    }

    /// The rule set that scores `month`: the one in force on the month's last day.
    public func inForce(for month: Month) -> RuleSet? {
        inForce(on: month.lastDay)
    }
}
