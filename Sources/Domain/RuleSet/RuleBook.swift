import DataFile
import Foundation

/// The rule sets a program knows, each from its effective date: picks the one in force on a day
/// or for a month, so an old month is scored by the rules of its time.
public struct RuleBook: Sendable, Equatable {
    /// The rule sets, oldest first.
    public private(set) var ruleSets: [RuleSet]

    /// A book of `ruleSets`; an empty book and two sets with the same effective date are refused.
    public init(_ ruleSets: [RuleSet]) throws(DataFileError) {
        guard !ruleSets.isEmpty else { throw DataFileError(file: "", line: nil, reason: "规则书中没有规则集") }
        let sorted = ruleSets.sorted { $0.effective < $1.effective }
        for (a, b) in zip(sorted, sorted.dropFirst()) where a.effective == b.effective {
            throw DataFileError(file: b.id, line: nil, reason: "与 \(a.id) 的生效日期相同（\(a.effective)）")
        }
        self.ruleSets = sorted
    }

    /// The book of the rule sets shipped with the program, read and checked once per process:
    /// every layer that needs the rules asks this one book.
    public static func bundled() throws(DataFileError) -> RuleBook {
        try shipped.get()
    }

    private static let shipped = Result { () throws(DataFileError) -> RuleBook in
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

    /// The rules to apply on `day`: the set in force, and — the one fallback — the oldest set for a
    /// day before every effective date, so a record older than the rules is still shown and scored.
    /// (Money is stricter: the funds effects refuse such a day through `inForce(on:)`.)
    public func rules(on day: LocalDate) -> RuleSet {
        inForce(on: day) ?? ruleSets[0]
    }

    /// The rules that score `month`: `rules(on:)` its last day.
    public func rules(for month: Month) -> RuleSet {
        rules(on: month.lastDay)
    }
}
