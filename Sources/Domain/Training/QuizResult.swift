import Foundation

/// A paper answered: each question right or wrong (a multiple choice is right only when every
/// right option and no wrong one is chosen), the score out of 100, and the review of the misses.
public struct QuizResult: Sendable, Equatable {
    public struct Answer: Sendable, Equatable {
        public var question: QuizQuestion
        public var chosen: Set<Int>
        public var isRight: Bool { chosen == question.answer }
        public init(question: QuizQuestion, chosen: Set<Int>) {
            self.question = question
            self.chosen = chosen
        }

        /// The review of a miss: "第 3 题 …：你选 A，正确答案 B。explanation（source）".
        public func review(number: Int) -> String {
            "第 \(number) 题（\(question.kind.title)）\(question.stem)\n  你选 \(QuizQuestion.letters(chosen))，正确答案 "
                + "\(QuizQuestion.letters(question.answer))。\(question.explanation)（出处：\(question.source)）"
        }
    }

    public var paper: QuizPaper
    public var answers: [Answer]

    public init(paper: QuizPaper, choices: [Set<Int>]) {
        self.paper = paper
        answers = paper.questions.enumerated().map { i, q in Answer(question: q, chosen: i < choices.count ? choices[i] : []) }
    }

    public var rightCount: Int { answers.filter(\.isRight).count }
    /// Out of 100, rounded half up; 0 for an empty paper.
    public var score: Int { answers.isEmpty ? 0 : (rightCount * 200 + answers.count) / (2 * answers.count) }
    /// The misses, with their number on the paper (from 1).
    public var misses: [(number: Int, answer: Answer)] {
        answers.enumerated().filter { !$0.element.isRight }.map { ($0.offset + 1, $0.element) }
    }
    /// "得分 80（10 题答对 8 题）".
    public var summary: String { "得分 \(score)（\(answers.count) 题答对 \(rightCount) 题）" }
}
