import Domain
import ScreenKit

/// The training screen (培训, F3): the drills and the quiz, over the tabs.
public struct TrainingState: Equatable, Sendable {
    public enum Page: Equatable, Sendable { case drills, quiz }

    public var page: Page = .drills
    public var scenarios: [Scenario] = []
    /// Per scenario started: whether its last check passed (nil: not checked yet).
    public var status: [String: Bool?] = [:]
    public var list = ListState()
    /// The last check's report, shown under the list.
    public var report: DrillReport?
    public var categories: [String] = []
    /// The chosen category on the quiz page: 0 is every category, then `categories` in order.
    public var category = 0
    /// How many questions a paper has.
    public var count = 10
    /// The paper being answered, or finished and under review.
    public var sheet: QuizSheet?

    public init() {}

    public var selectedScenario: Scenario? {
        scenarios[safe: list.selected]
    }

    /// The categories a new paper is drawn from (empty: all).
    public var chosenCategories: [String] {
        category == 0 || category > categories.count ? [] : [categories[category - 1]]
    }
}

/// A paper on screen: the question shown, the choices so far, and at the end the result.
public struct QuizSheet: Equatable, Sendable {
    public var paper: QuizPaper
    public var index = 0
    public var choices: [Set<Int>] = []
    /// The options ticked on the question shown.
    public var current: Set<Int> = []
    public var result: QuizResult?
    /// The first line of the review shown.
    public var scroll = 0

    public init(paper: QuizPaper) { self.paper = paper }

    /// A paper with answers given and no score yet: quitting asks first.
    public var isInProgress: Bool { result == nil && !(choices.isEmpty && current.isEmpty) }

    public var question: QuizQuestion? {
        paper.questions[safe: index]
    }
}
