import Domain
import Testing

/// Quiz scoring (multiple choice all or nothing), the review with sources, seeded papers, and
/// the weighting that brings missed questions back.
@Suite struct QuizTests {
    static func q(_ id: String, _ kind: QuizQuestion.Kind = .single, answer: Set<Int>, category: String = "经费") -> QuizQuestion {
        QuizQuestion(id: id, category: category, kind: kind, stem: "题 \(id)", options: ["甲", "乙", "丙", "丁"],
                     answer: answer, explanation: "解析 \(id)", source: "附件一 三(二)")
    }

    static let bank = (1...30).map { q("q\($0)", answer: [0], category: $0 % 2 == 0 ? "经费" : "走访") }

    // MARK: - Scoring

    @Test func multipleChoiceIsRightOnlyWithEveryRightOptionAndNoWrongOne() {
        let multi = Self.q("m", .multiple, answer: [0, 2])
        let paper = QuizPaper(seed: 1, categories: [], questions: [multi, multi, multi, Self.q("s", answer: [1])])
        let result = QuizResult(paper: paper, choices: [[0, 2], [0], [0, 1, 2], [1]])
        #expect(result.answers.map(\.isRight) == [true, false, false, true])
        #expect(result.rightCount == 2)
        #expect(result.score == 50)
        #expect(result.summary == "得分 50（4 题答对 2 题）")
    }

    @Test func theScoreRoundsHalfUp() {
        let paper = QuizPaper(seed: 1, categories: [], questions: (1...3).map { Self.q("r\($0)", answer: [0]) })
        #expect(QuizResult(paper: paper, choices: [[0], [0], [1]]).score == 67)
        #expect(QuizResult(paper: paper, choices: [[0], [1], [1]]).score == 33)
        #expect(QuizResult(paper: paper, choices: []).score == 0)
    }

    @Test func theReviewListsOnlyTheMissesWithAnswerExplanationAndSource() {
        let paper = QuizPaper(seed: 1, categories: [], questions: [Self.q("a", answer: [0]), Self.q("b", .multiple, answer: [1, 3])])
        let result = QuizResult(paper: paper, choices: [[0], [1]])
        #expect(result.misses.map { $0.number } == [2])
        let review = result.misses[0].answer.review(number: 2)
        #expect(review.contains("你选 B，正确答案 BD"))
        #expect(review.contains("解析 b"))
        #expect(review.contains("出处：附件一 三(二)"))
    }

    @Test func lettersAreReadAsOptions() {
        let q = Self.q("x", .multiple, answer: [0])
        #expect(q.parseLetters("ac") == [0, 2])
        #expect(q.parseLetters("A, D") == [0, 3])
        #expect(q.parseLetters("E") == nil)
        let tf = QuizQuestion(id: "t", category: "c", kind: .trueFalse, stem: "s", options: QuizQuestion.trueFalseOptions,
                              answer: [1], explanation: "e", source: "s")
        #expect(tf.parseLetters("错") == [1] && tf.parseLetters("对") == [0] && tf.parseLetters("C") == nil)
    }

    // MARK: - Drawing

    @Test func theSameSeedGivesTheSamePaperAndAnotherSeedAnother() {
        let a = QuizPaper.draw(from: Self.bank, categories: [], count: 10, seed: 42)
        let b = QuizPaper.draw(from: Self.bank.reversed(), categories: [], count: 10, seed: 42)
        let c = QuizPaper.draw(from: Self.bank, categories: [], count: 10, seed: 43)
        #expect(a.questions.map(\.id) == b.questions.map(\.id))
        #expect(a.questions.map(\.id) != c.questions.map(\.id))
        #expect(Set(a.questions.map(\.id)).count == 10)
    }

    @Test func aPaperIsDrawnFromItsCategoriesOnlyAndNeverLongerThanThePool() {
        let paper = QuizPaper.draw(from: Self.bank, categories: ["走访"], count: 50, seed: 7)
        #expect(paper.questions.count == 15)
        #expect(paper.questions.allSatisfy { $0.category == "走访" })
        #expect(paper.title == "走访 · 15 题 · 种子 7")
    }

    @Test func theWeightGrowsWithMissesNotMadeGood() {
        #expect(QuizPaper.weight(nil) == 1)
        #expect(QuizPaper.weight(.init(right: 2, wrong: 0)) == 1)
        #expect(QuizPaper.weight(.init(right: 0, wrong: 1)) == 3)
        #expect(QuizPaper.weight(.init(right: 1, wrong: 3)) == 5)
        #expect(QuizPaper.weight(.init(right: 0, wrong: 9)) == 7)
    }

    @Test func aMissedQuestionComesBackMoreOften() {
        let history = ["q7": QuizPaper.History(right: 0, wrong: 3)]
        var withHistory = 0, without = 0
        for seed in 0..<400 as Range<UInt64> {
            if QuizPaper.draw(from: Self.bank, categories: [], count: 5, seed: seed, history: history).questions.contains(where: { $0.id == "q7" }) { withHistory += 1 }
            if QuizPaper.draw(from: Self.bank, categories: [], count: 5, seed: seed).questions.contains(where: { $0.id == "q7" }) { without += 1 }
        }
        // Weight 7 among 29 of weight 1: drawn in about 3 papers of 4 instead of 1 of 6.
        #expect(withHistory > without * 2)
    }

    // MARK: - From the policy library

    @Test func questionsAreMadeFromThePolicyLibrary() throws {
        let items = try PolicyLibraryFile.bundledSample()
        let questions = PolicyQuestions.generate(from: items)
        #expect(questions.count >= items.count * 2)
        let dept = try #require(questions.first { $0.id == "policy-高龄津贴-department" })
        let item = try #require(items.first { $0.title == "高龄津贴" })
        #expect(dept.answer.count == 1 && dept.options[dept.answer.first!] == item.department)
        #expect(Set(dept.options).count == 4)
        #expect(dept.source == "政策资源库：高龄津贴")
        let materials = try #require(questions.first { $0.id == "policy-低保申请-materials" })
        #expect(materials.kind == .multiple && materials.answer.count == 2)
        #expect(materials.answer.allSatisfy { items[0].materials.contains(materials.options[$0]) })
        #expect(materials.options.indices.filter { !materials.answer.contains($0) }.allSatisfy { !items[0].materials.contains(materials.options[$0]) })
        let conditions = questions.filter { $0.kind == .trueFalse }
        #expect(Set(conditions.map(\.answer)) == [[0], [1]])
        #expect(PolicyQuestions.generate(from: items) == questions)
    }
}

extension QuizTests {
    @Test func aWrongOptionNeverOverlapsARightOne() throws {
        for q in PolicyQuestions.generate(from: try PolicyLibraryFile.bundledSample()) where q.kind != .trueFalse {
            let right = q.answer.map { q.options[$0] }
            for (i, o) in q.options.enumerated() where !q.answer.contains(i) {
                #expect(!right.contains { $0.contains(o) || o.contains($0) }, "\(q.id): \(o)")
            }
        }
    }
}
