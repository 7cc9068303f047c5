import AppCore
import AppRuntime
import Domain
import Foundation
import Storage
import Testing

/// The training effects against a real database: a drill is refused on a real database and
/// allowed in practice mode or on a sandbox; a paper is drawn, answered and kept.
@Suite struct TrainingRuntimeTests {
    final class World {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bsh-training-\(UUID().uuidString).sqlite").path
        let db: AppDatabase
        let admin: Person
        var runner: EffectRunner

        init() throws {
            db = try AppDatabase.open(path: path, pinHasher: .insecureFastForTests)
            admin = try db.initialize(committee: Fixtures.committee, adminName: "王秀兰", adminRoles: [.secretary, .worker],
                                      pin: "2580", at: Fixtures.now)
            runner = EffectRunner(database: db, now: { Fixtures.now })
        }

        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    @Test func aDrillIsRefusedOnARealDatabaseWithTheReasonAndNothingWritten() throws {
        let w = try World()
        let action = w.runner.run(.training(.startDrill(scenarioID: "visits-general", trainee: w.admin.id)))
        #expect(action == .failed(DrillGate.notSandbox))
        #expect(try w.db.households().isEmpty)
    }

    @Test func onlyTheSandboxMarkLetsItStartNotThePracticeFlagAlone() throws {
        let w = try World()
        w.runner.isPractice = true   // practice mode's own sandbox carries the mark; a file without it is refused
        #expect(w.runner.run(.training(.startDrill(scenarioID: "visits-general", trainee: w.admin.id))) == .failed(DrillGate.notSandbox))
        let other = try World()
        try other.db.markSandbox(by: nil, at: Fixtures.now)
        #expect(other.runner.run(.training(.startDrill(scenarioID: "visits-general", trainee: other.admin.id)))
                == .training(.drillStarted(scenarioID: "visits-general")))
        #expect(try other.db.household(room: "3号101室") != nil)
    }

    @Test func anUnknownScenarioNamesTheOnesThereAre() throws {
        let w = try World()
        guard case .failed(let text)? = w.runner.run(.training(.checkDrill(scenarioID: "nope", trainee: w.admin.id))) else {
            Issue.record("expected a refusal"); return
        }
        #expect(text.contains("没有名为“nope”的演练") && text.contains("duty-sign-in"))
    }

    @Test func aPaperIsDrawnFromTheBankWithPolicyQuestionsAndItsResultKept() throws {
        let w = try World()
        guard case .training(.loaded(let scenarios, _, let categories))? = w.runner.run(.training(.load(trainee: w.admin.id))) else {
            Issue.record("not loaded"); return
        }
        #expect(scenarios.count >= 12)
        #expect(categories.contains("政策") && categories.contains("经费"))
        guard case .training(.paperDrawn(let paper))? = w.runner.run(.training(.drawPaper(categories: ["政策"], count: 5,
                                                                                           trainee: w.admin.id))) else {
            Issue.record("no paper"); return
        }
        #expect(paper.questions.count == 5 && paper.questions.allSatisfy { $0.source.hasPrefix("政策资源库：") })
        let result = QuizResult(paper: paper, choices: paper.questions.map(\.answer))
        #expect(w.runner.run(.training(.saveQuiz(result, trainee: w.admin.id))) == .training(.quizSaved(score: 100)))
        #expect(try w.db.quizRecords().map(\.score) == [100])
        #expect(QuizResultsCSV.text(try w.db.quizRecords()).contains("王秀兰,政策 · 5 题 · 种子"))
    }
}
