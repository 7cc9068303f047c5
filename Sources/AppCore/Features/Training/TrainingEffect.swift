import Domain

/// The training screen's storage work: drills and quiz papers.
public enum TrainingEffect: Equatable, Sendable {
    /// The scenarios, the trainee's drill status and the quiz categories.
    case load(trainee: Int64)
    case startDrill(scenarioID: String, trainee: Int64)
    case checkDrill(scenarioID: String, trainee: Int64)
    /// A paper of `count` questions of `categories` (all when empty), weighted by the trainee's misses.
    case drawPaper(categories: [String], count: Int, trainee: Int64)
    case saveQuiz(QuizResult, trainee: Int64)
}

/// What came back for a `TrainingEffect`.
public enum TrainingResult: Equatable, Sendable {
    case loaded(scenarios: [Scenario], status: [String: Bool?], categories: [String])
    case drillStarted(scenarioID: String)
    case drillChecked(DrillReport)
    case paperDrawn(QuizPaper)
    case quizSaved(score: Int)
}
