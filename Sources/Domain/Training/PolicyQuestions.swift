import Foundation

/// Questions made from the policy library (政策资源库): which department handles an item, which
/// papers it needs, whether a sentence is its condition. Deterministic: the same library gives
/// the same questions, so results stay attached to their ids.
public enum PolicyQuestions {
    public static let category = "政策"

    public static func generate(from items: [PolicyItem]) -> [QuizQuestion] {
        guard items.count >= 4 else { return [] }
        return items.indices.flatMap { i in
            [department(i, items), materials(i, items), eligibility(i, items)].compactMap { $0 }
        }
    }

    // MARK: - Kinds

    /// "“高龄津贴”由哪个部门负责？" with three other items' departments.
    static func department(_ i: Int, _ items: [PolicyItem]) -> QuizQuestion? {
        let item = items[i]
        let others = distinct(items.indices.map { items[($0 + i + 1) % items.count].department }, excluding: [item.department])
        guard others.count >= 3 else { return nil }
        let (options, answer) = place([item.department], among: Array(others.prefix(3)), at: i)
        return QuizQuestion(id: "policy-\(item.title)-department", category: category, kind: .single,
                            stem: "居民咨询“\(item.title)”，应告知由哪个部门负责办理？", options: options, answer: answer,
                            explanation: "“\(item.title)”的责任部门是\(item.department)，办理地点：\(item.location)。",
                            source: source(item))
    }

    /// "办理“X”需要下列哪些材料？" with two of its papers and two that belong to other items.
    static func materials(_ i: Int, _ items: [PolicyItem]) -> QuizQuestion? {
        let item = items[i]
        guard item.materials.count >= 2 else { return nil }
        let others = distinct(items.indices.flatMap { items[($0 + i + 1) % items.count].materials }, excluding: item.materials)
        guard others.count >= 2 else { return nil }
        let (options, answer) = place(Array(item.materials.prefix(2)), among: Array(others.prefix(2)), at: i)
        return QuizQuestion(id: "policy-\(item.title)-materials", category: category, kind: .multiple,
                            stem: "办理“\(item.title)”，下列哪些是须准备的材料？（多选）", options: options, answer: answer,
                            explanation: "“\(item.title)”所需材料：\(item.materials.joined(separator: "；"))。",
                            source: source(item))
    }

    /// "“X”的办理条件：…" with its own condition on even items and another's on odd ones.
    static func eligibility(_ i: Int, _ items: [PolicyItem]) -> QuizQuestion? {
        let item = items[i]
        let other = items[(i + items.count / 2) % items.count]
        let isOwn = i % 2 == 0 || other.eligibility == item.eligibility
        let shown = isOwn ? item.eligibility : other.eligibility
        return QuizQuestion(id: "policy-\(item.title)-eligibility", category: category, kind: .trueFalse,
                            stem: "“\(item.title)”的办理条件是：\(shown)", options: QuizQuestion.trueFalseOptions,
                            answer: [isOwn ? 0 : 1],
                            explanation: "“\(item.title)”的办理条件：\(item.eligibility)" + (isOwn ? "" : "（题中所写是“\(other.title)”的条件）"),
                            source: source(item))
    }

    // MARK: - Helpers

    static func source(_ item: PolicyItem) -> String { "政策资源库：\(item.title)" }

    /// The values in order, without repeats and without any that overlaps `excluding` (one
    /// containing the other: "身份证" against "身份证、户口簿" would make two right answers). A value
    /// that names the same parts in another order ("甲 / 乙", "乙 / 甲") is a repeat.
    static func distinct(_ values: [String], excluding: [String]) -> [String] {
        var seen = Set(excluding.map(parts)), out: [String] = []
        for v in values where !excluding.contains(where: { $0.contains(v) || v.contains($0) }) && seen.insert(parts(v)).inserted {
            out.append(v)
        }
        return out
    }

    /// The parts a value lists, whatever their order: "区民政局 / 街道中心" → {区民政局, 街道中心}.
    public static func parts(_ value: String) -> Set<String> {
        Set(value.split(whereSeparator: { "/、，,；;".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }

    /// The right options and the wrong ones interleaved, the first right one at a place set by `seed`.
    static func place(_ right: [String], among wrong: [String], at seed: Int) -> ([String], Set<Int>) {
        var options = wrong
        var answer: Set<Int> = []
        for (k, r) in right.enumerated() {
            let at = (seed + k * 2) % (options.count + 1)
            options.insert(r, at: at)
            answer = Set(answer.map { $0 >= at ? $0 + 1 : $0 })
            answer.insert(at)
        }
        return (options, answer)
    }
}
