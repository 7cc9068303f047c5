import Foundation

/// The result of comparing one expectation with the database: passed, or the difference
/// explained in Chinese (what was expected, what was found, the clause).
public struct DrillFinding: Sendable, Equatable {
    /// What was expected, in a line ("李红 的接待记录：高龄津贴，待回复").
    public var expected: String
    public var passed: Bool
    /// "通过" or the difference: "办理结果：应为 转办，实为 当场办结".
    public var explanation: String
    public var clause: String

    public init(expected: String, passed: Bool, explanation: String, clause: String) {
        self.expected = expected
        self.passed = passed
        self.explanation = explanation
        self.clause = clause
    }

    /// The line a screen or the command line shows: "✓ …" or "✗ …：difference（clause）".
    public var line: String {
        passed ? "✓ \(expected)" : "✗ \(expected)：\(explanation)（\(clause)）"
    }
}

/// The whole check of a drill.
public struct DrillReport: Sendable, Equatable {
    public var scenarioID: String
    public var findings: [DrillFinding]
    public init(scenarioID: String, findings: [DrillFinding]) {
        self.scenarioID = scenarioID
        self.findings = findings
    }
    public var passed: Bool { findings.allSatisfy(\.passed) }
    public var differences: [DrillFinding] { findings.filter { !$0.passed } }
    /// "通过：3 项全部符合" or "未通过：3 项中 1 项不符".
    public var summary: String {
        passed ? "通过：\(findings.count) 项全部符合" : "未通过：\(findings.count) 项中 \(differences.count) 项不符"
    }
}

/// Compares a drill's expectations with the facts the database holds. Pure.
public enum DrillCheck {
    public static func check(_ scenario: Scenario, facts: DrillFacts, calendar: WorkingDayCalendar,
                             rules: RuleSet) -> DrillReport {
        let findings = scenario.expectations.map { check($0, facts: facts, calendar: calendar, rules: rules) }
        return DrillReport(scenarioID: scenario.id, findings: findings)
    }

    static func check(_ e: Expectation, facts: DrillFacts, calendar: WorkingDayCalendar, rules: RuleSet) -> DrillFinding {
        switch e.kind {
        case .reception: return compare(e, facts.receptions, DrillFields.reception(e, calendar: calendar))
        case .visit: return compare(e, facts.visits, DrillFields.visit(e))
        case .household: return compare(e, facts.households, DrillFields.household(e))
        case .signIn: return compare(e, facts.signIns.filter { $0.workerName == facts.trainee }, DrillFields.signIn(e, rules: rules))
        case .expense: return compare(e, facts.expenses, DrillFields.expense(e))
        case .points: return compare(e, facts.points, DrillFields.points(e))
        case .expenseCount:
            let want = e.count ?? 1, found = facts.expenses.count
            let expected = "新建经费申请 \(want) 笔"
            return DrillFinding(expected: expected, passed: found == want,
                                explanation: found == want ? "通过" : "应为 \(want) 笔，实为 \(found) 笔", clause: e.clause)
        }
    }

    /// The candidate that matches the most fields decides: all match passes, else its differences are listed.
    static func compare<T>(_ e: Expectation, _ candidates: [T], _ fields: [DrillField<T>]) -> DrillFinding {
        let expected = e.kind.title + "：" + fields.map(\.expectedText).joined(separator: "，")
        let scored = candidates.map { c in (c, fields.filter { !$0.matches(c) }) }
        guard let best = scored.min(by: { $0.1.count < $1.1.count }) else {
            return DrillFinding(expected: expected, passed: false, explanation: "未找到\(e.kind.title)", clause: e.clause)
        }
        if best.1.isEmpty { return DrillFinding(expected: expected, passed: true, explanation: "通过", clause: e.clause) }
        let text = best.1.map { "\($0.label)应为 \($0.expected)，实为 \($0.found(best.0))" }.joined(separator: "；")
        return DrillFinding(expected: expected, passed: false, explanation: text, clause: e.clause)
    }
}

/// One field an expectation compares: its label, the expected value, and how a record reads.
struct DrillField<T> {
    let label: String
    let expected: String
    let found: (T) -> String
    let matches: (T) -> Bool

    var expectedText: String { "\(label) \(expected)" }

    /// A field whose record text must equal `expected`.
    static func equal(_ label: String, _ expected: String?, _ value: @escaping (T) -> String) -> DrillField<T>? {
        guard let expected else { return nil }
        return DrillField(label: label, expected: expected, found: { empty(value($0)) }, matches: { value($0) == expected })
    }

    /// A field whose record text must contain `expected`.
    static func contains(_ label: String, _ expected: String?, _ value: @escaping (T) -> String) -> DrillField<T>? {
        guard let expected else { return nil }
        return DrillField(label: label, expected: "含“\(expected)”", found: { empty(value($0)) }, matches: { value($0).contains(expected) })
    }

    /// A yes/no field.
    static func flag(_ label: String, _ expected: Bool?, _ value: @escaping (T) -> Bool) -> DrillField<T>? {
        guard let expected else { return nil }
        return DrillField(label: label, expected: expected ? "有" : "无", found: { value($0) ? "有" : "无" },
                          matches: { value($0) == expected })
    }

    static func empty(_ text: String) -> String { text.isEmpty ? "（空）" : text }
}
