import Foundation

/// A paper (试卷): questions drawn at random from the bank by category and count. The same
/// seed and the same history give the same paper; a question the trainee has missed weighs
/// more (`weight`), so it comes back more often.
public struct QuizPaper: Sendable, Equatable {
    public var seed: UInt64
    /// The categories drawn from; empty means every category.
    public var categories: [String]
    public var questions: [QuizQuestion]

    public init(seed: UInt64, categories: [String], questions: [QuizQuestion]) {
        self.seed = seed
        self.categories = categories
        self.questions = questions
    }

    /// "经费、走访 · 10 题 · 种子 42".
    public var title: String {
        let cats = categories.isEmpty ? "全部" : categories.joined(separator: "、")
        return "\(cats) · \(questions.count) 题 · 种子 \(seed)"
    }

    /// How a trainee has answered one question before.
    public struct History: Sendable, Equatable {
        public var right: Int
        public var wrong: Int
        public init(right: Int = 0, wrong: Int = 0) {
            self.right = right
            self.wrong = wrong
        }
    }

    /// The weight of a question in the draw: 1, plus 2 for every miss not made good by a later
    /// right answer, at most 7.
    public static func weight(_ history: History?) -> Int {
        guard let h = history else { return 1 }
        return 1 + 2 * min(3, max(0, h.wrong - h.right))
    }

    /// Draws `count` questions of `categories` (all when empty) without repeats, weighted by `history`.
    public static func draw(from bank: [QuizQuestion], categories: [String], count: Int, seed: UInt64,
                            history: [String: History] = [:]) -> QuizPaper {
        var pool = bank.filter { categories.isEmpty || categories.contains($0.category) }.sorted { $0.id < $1.id }
        var rng = SplitMix64(seed: seed)
        var picked: [QuizQuestion] = []
        while picked.count < count, !pool.isEmpty {
            let weights = pool.map { weight(history[$0.id]) }
            var r = Int(rng.next() % UInt64(weights.reduce(0, +)))
            let index = weights.firstIndex { w in r -= w; return r < 0 }!
            picked.append(pool.remove(at: index))
        }
        return QuizPaper(seed: seed, categories: categories, questions: picked)
    }

    /// The categories present in `bank`, in a fixed order.
    public static func categories(of bank: [QuizQuestion]) -> [String] {
        var seen: Set<String> = [], out: [String] = []
        for q in bank where seen.insert(q.category).inserted { out.append(q.category) }
        return out
    }
}
