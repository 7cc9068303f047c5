import Domain
import Foundation
import Storage

/// What the training screen's effects need of storage: drills on the sandbox, quiz results and
/// the policy library the generated questions come from.
public protocol TrainingStore {
    func drillStatus(trainee: Int64) throws -> [String: Bool?]
    @discardableResult
    func startDrill(_ scenario: Scenario, trainee: Int64, at: Date, rules: RuleSet,
                    calendar: WorkingDayCalendar) throws -> Int64
    func checkDrill(_ scenario: Scenario, trainee: Int64, at: Date, rules: RuleSet, calendar: WorkingDayCalendar) throws -> DrillReport
    func quizHistory(trainee: Int64) throws -> [String: QuizPaper.History]
    @discardableResult
    func saveQuizResult(_ result: QuizResult, trainee: Int64, at: Date) throws -> Int64
    func policies() throws -> [PolicyItem]
}

extension AppDatabase: TrainingStore {}
