import DataFile
import Foundation
@testable import Domain

/// Shared inputs of the Domain tests: the shipped rule set and calendar, people, dates.
enum Fixtures {
    /// The shipped rule set (putuo-2017.toml); a test fails loudly if it does not parse.
    static let rules: RuleSet = {
        do { return try RuleSet.bundledPutuo2017() } catch { fatalError("putuo-2017.toml: \(error)") }
    }()

    static let calendar: WorkingDayCalendar = {
        do { return try WorkingDayCalendar.bundled() } catch { fatalError("calendar-cn.tsv: \(error)") }
    }()

    /// The text of the shipped rule set, for tests that change one value.
    static let rulesText: String = {
        do { return try BundledText.read("putuo-2017", "toml") } catch { fatalError("\(error)") }
    }()

    // MARK: - People

    static let secretary = Person(id: 1, name: "王芳", roles: [.secretary])
    static let director = Person(id: 2, name: "李强", roles: [.director])
    static let both = Person(id: 3, name: "赵敏", roles: [.secretary, .director])
    static let worker = Person(id: 4, name: "陈杰", roles: [.worker])
    static let secretary2 = Person(id: 5, name: "周丽", roles: [.secretary, .worker])

    // MARK: - Dates

    /// The date written "2026-11-29"; traps on a typo so a test cannot pass by accident.
    static func day(_ text: String) -> LocalDate {
        guard let date = LocalDate(iso: text) else { fatalError("bad date \(text)") }
        return date
    }

    static func yuan(_ text: String) -> Int64 {
        guard case .success(let fen) = Money.parse(text) else { fatalError("bad amount \(text)") }
        return fen
    }

    /// The rule set text with `old` replaced by `new` (the test fails if `old` is absent).
    static func rules(replacing old: String, with new: String) throws(DataFileError) -> RuleSet {
        guard rulesText.contains(old) else { throw DataFileError(file: "test", line: nil, reason: "missing \(old)") }
        return try RuleSet.parse(rulesText.replacingOccurrences(of: old, with: new), file: "test.toml")
    }

    /// One single-choice question of a quiz bank file, ending with the lines `origin` (its source
    /// and quotes, or its setting).
    static func question(stem: String = "?", options: [String] = ["a", "b"], answer: String,
                         origin: String = "source = \"s\"\nquotes = [\"q\"]") -> String {
        """
        [[question]]
        id = "q1"
        category = "经费"
        kind = "single"
        stem = "\(stem)"
        options = [\(options.map { "\"\($0)\"" }.joined(separator: ", "))]
        answer = "\(answer)"
        explanation = "e"
        \(origin)
        """
    }
}
