import DataFile
import Domain
import Testing

/// The shipped scenarios and written questions parse, cover what the standard asks, and a bad
/// file is refused with its file and a Chinese reason.
@Suite struct TrainingFileTests {
    @Test func atLeastTwelveScenariosAcrossTheFiveTabs() throws {
        let scenarios = try ScenarioFile.bundled()
        #expect(scenarios.count >= 12)
        #expect(Set(scenarios.map(\.tab)) == Set(ScenarioTab.allCases))
        for s in scenarios {
            #expect(!s.situation.isEmpty && !s.expectations.isEmpty)
            #expect(s.expectations.allSatisfy { !$0.clause.isEmpty })
        }
    }

    @Test func theElderlyAllowanceScenarioReadsAsWritten() throws {
        let s = try #require(try ScenarioFile.bundled().first { $0.id == "reception-elderly-allowance" })
        #expect(s.tab == .reception)
        #expect(s.setup.households.map(\.room) == ["12号301室"])
        let e = try #require(s.expectations.first)
        #expect(e.kind == .reception && e.outcome == .awaitingReply && e.replyWorkingDays == 3 && e.policy == "高龄津贴")
    }

    @Test func aScenarioWithABadOutcomeIsRefused() {
        let text = """
            title = "x"
            tab = "reception"
            situation = "y"
            [[expect]]
            kind = "reception"
            clause = "附件二 四(三)"
            outcome = "办完了"
            """
        let error = #expect(throws: DataFileError.self) { try ScenarioFile.parse(text, id: "x", file: "x.toml") }
        #expect(error?.message.contains("x.toml") == true)
        #expect(error?.message.contains("outcome“办完了”无效") == true)
    }

    @Test func aScenarioWithoutExpectationsIsRefused() {
        let text = "title = \"x\"\ntab = \"visits\"\nsituation = \"y\"\n"
        #expect(throws: DataFileError.self) { try ScenarioFile.parse(text, id: "x", file: "x.toml") }
    }

    @Test func theWrittenQuestionsCoverTheRulesWithSources() throws {
        let bank = try QuizBankFile.bundled()
        #expect(bank.count >= 20)
        #expect(Set(bank.map(\.kind)) == Set(QuizQuestion.Kind.allCases))
        #expect(Set(bank.map(\.category)).isSuperset(of: ["经费", "走访", "积分", "值班", "接待"]))
        #expect(bank.allSatisfy { !$0.source.isEmpty && !$0.explanation.isEmpty && !$0.answer.isEmpty })
        let route = try #require(bank.first { $0.id == "funds-500-route" })
        #expect(route.answer == [2] && route.source == "附件一 三(二)")
    }

    /// One single-choice question with options a and b and the answer written `answer`.
    static func question(answer: String) -> String { Fixtures.question(answer: answer) }

    @Test func aQuestionWhoseAnswerIsNotAnOptionIsRefused() {
        let error = #expect(throws: DataFileError.self) { try QuizBankFile.parse(Self.question(answer: "C"), file: "q.toml") }
        #expect(error?.message.contains("答案“C”不是本题的选项") == true)
    }

    @Test func aSingleChoiceWithTwoAnswersIsRefused() throws {
        let error = #expect(throws: DataFileError.self) { try QuizBankFile.parse(Self.question(answer: "AB"), file: "q.toml") }
        #expect(error?.message.contains("单选题只能有一个答案") == true)
        #expect(try QuizBankFile.parse(Self.question(answer: "b"), file: "q.toml").first?.answer == [1])
    }
}
