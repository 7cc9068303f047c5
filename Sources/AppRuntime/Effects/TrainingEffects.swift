import AppCore
import Domain
import Foundation
import Storage

/// Runs the training screen's effects against a `TrainingStore`: drills against the sandbox,
/// quiz papers and results.
struct TrainingEffects {
    let store: any TrainingStore
    let now: Date

    func run(_ effect: TrainingEffect) throws -> Action {
        let rules = try RuleBook.bundled().rules(on: ShanghaiCalendar.day(of: now))
        switch effect {
        case .load(let trainee):
            let bank = try TrainingData.bank(store)
            return .training(.loaded(scenarios: try TrainingData.scenarios(), status: try store.drillStatus(trainee: trainee),
                                     categories: QuizPaper.categories(of: bank)))
        case .startDrill(let id, let trainee):
            try store.startDrill(try TrainingData.scenario(id), trainee: trainee, at: now,
                                 rules: rules, calendar: try ProgramCalendar.current())
            return .training(.drillStarted(scenarioID: id))
        case .checkDrill(let id, let trainee):
            return .training(.drillChecked(try store.checkDrill(try TrainingData.scenario(id), trainee: trainee, at: now,
                                                                rules: rules, calendar: try ProgramCalendar.current())))
        case .drawPaper(let categories, let count, let trainee):
            let seed = UInt64(now.timeIntervalSince1970 * 1000) % 1_000_000
            return .training(.paperDrawn(QuizPaper.draw(from: try TrainingData.bank(store), categories: categories, count: count,
                                                        seed: seed, history: try store.quizHistory(trainee: trainee))))
        case .saveQuiz(let result, let trainee):
            try store.saveQuizResult(result, trainee: trainee, at: now)
            return .training(.quizSaved(score: result.score))
        }
    }
}

/// The shipped scenarios and the question bank (written questions plus those made from the
/// database's policy library).
enum TrainingData {
    static func scenarios() throws -> [Scenario] {
        do { return try ScenarioFile.bundled() } catch { throw StorageError(.invalidInput, error.description) }
    }

    /// The scenario named `id`, or a Chinese refusal listing the names.
    static func scenario(_ id: String) throws -> Scenario {
        let all = try scenarios()
        guard let found = all.first(where: { $0.id == id }) else {
            throw StorageError(.notFound, "没有名为“\(id)”的演练；可用的有：\(all.map(\.id).joined(separator: "、"))")
        }
        return found
    }

    static func bank(_ store: any TrainingStore) throws -> [QuizQuestion] {
        let written: [QuizQuestion]
        do { written = try QuizBankFile.bundled() } catch { throw StorageError(.invalidInput, error.description) }
        return written + PolicyQuestions.generate(from: try store.policies())
    }
}
