import Foundation

/// One question of the quiz bank (上机答题测验): single choice, multiple choice or true/false,
/// with its answer, the explanation, and the clause or policy item it comes from.
public struct QuizQuestion: Sendable, Equatable, Identifiable {
    public enum Kind: String, Sendable, CaseIterable {
        case single, multiple
        case trueFalse = "true_false"

        /// "单选", "多选", "判断".
        public var title: String {
            switch self {
            case .single: return "单选"
            case .multiple: return "多选"
            case .trueFalse: return "判断"
            }
        }
    }

    /// Stable across versions ("funds-500-route", "policy-高龄津贴-department"): results are kept by it.
    public var id: String
    /// The category a paper is drawn by ("经费", "走访", "积分", "值班", "接待", "政策").
    public var category: String
    public var kind: Kind
    public var stem: String
    /// The choices, shown as A, B, C…; a true/false question has 对 and 错.
    public var options: [String]
    /// The indexes of the right options.
    public var answer: Set<Int>
    public var explanation: String
    /// The clause of the standard or the policy item ("附件一 三(二)", "政策资源库：高龄津贴"), or
    /// "本程序取值，可在规则文件中修改（key）" for a question on a local setting.
    public var source: String
    /// The words of the standard the question rests on, each verbatim (a question on the standard).
    public var quotes: [String]
    /// The rule-file key whose value the question asks (a question on a local setting, 本程序取值).
    public var setting: String?

    public init(id: String, category: String, kind: Kind, stem: String, options: [String], answer: Set<Int>,
                explanation: String, source: String, quotes: [String] = [], setting: String? = nil) {
        self.id = id
        self.category = category
        self.kind = kind
        self.stem = stem
        self.options = options
        self.answer = answer
        self.explanation = explanation
        self.source = source
        self.quotes = quotes
        self.setting = setting
    }

    /// The source of a question on the local setting `key`.
    public static func localSource(_ key: String) -> String { "\(RuleSet.localValue)（\(key)）" }

    /// Whether the question asks a value the program chose, not the standard.
    public var isLocalSetting: Bool { setting != nil }

    /// The options of a true/false question.
    public static let trueFalseOptions = ["对", "错"]

    /// The letter of option `index`: A, B, C…
    public static func letter(_ index: Int) -> String { String(UnicodeScalar(UInt8(65 + index))) }

    /// "AC" for a set of indexes (an empty choice is "—").
    public static func letters(_ choice: Set<Int>) -> String {
        choice.isEmpty ? "—" : choice.sorted().map(letter).joined()
    }

    /// The indexes written as letters ("AC", "a c"), or nil when a letter is not an option.
    public func parseLetters(_ text: String) -> Set<Int>? {
        var out: Set<Int> = []
        for ch in text.uppercased() where !ch.isWhitespace && ch != "," {
            if kind == .trueFalse, ch == "对" || ch == "T" { out.insert(0); continue }
            if kind == .trueFalse, ch == "错" || ch == "F" { out.insert(1); continue }
            guard let ascii = ch.asciiValue, ascii >= 65, Int(ascii - 65) < options.count else { return nil }
            out.insert(Int(ascii - 65))
        }
        return out
    }
}
