import AppCore
import Domain
import Foundation
import Storage

/// Runs the training screen's effects: drills against the sandbox, quiz papers and results.
extension EffectRunner {
    func runTraining(_ effect: TrainingEffect) throws -> Action {
        let at = now()
        let rules = try RuleBook.bundled().rules(on: ShanghaiCalendar.day(of: at))
        switch effect {
        case .load(let trainee):
            let bank = try TrainingData.bank(database)
            return .training(.loaded(scenarios: try TrainingData.scenarios(), status: try database.drillStatus(trainee: trainee),
                                     categories: QuizPaper.categories(of: bank)))
        case .startDrill(let id, let trainee):
            try database.startDrill(try TrainingData.scenario(id), trainee: trainee, at: at, practice: isPractice,
                                    rules: rules, calendar: try DutyData.calendar())
            return .training(.drillStarted(scenarioID: id))
        case .checkDrill(let id, let trainee):
            return .training(.drillChecked(try database.checkDrill(try TrainingData.scenario(id), trainee: trainee, at: at,
                                                                   rules: rules, calendar: try DutyData.calendar())))
        case .drawPaper(let categories, let count, let trainee):
            let seed = UInt64(at.timeIntervalSince1970 * 1000) % 1_000_000
            return .training(.paperDrawn(QuizPaper.draw(from: try TrainingData.bank(database), categories: categories, count: count,
                                                        seed: seed, history: try database.quizHistory(trainee: trainee))))
        case .saveQuiz(let result, let trainee):
            try database.saveQuizResult(result, trainee: trainee, at: at)
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

    static func bank(_ database: AppDatabase) throws -> [QuizQuestion] {
        let written: [QuizQuestion]
        do { written = try QuizBankFile.bundled() } catch { throw StorageError(.invalidInput, error.description) }
        return written + PolicyQuestions.generate(from: try database.policies())
    }
}
