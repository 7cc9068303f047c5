import Domain
import ScreenKit

/// The training screen's reducer: drills (start, 检查) and the quiz (draw a paper, answer with
/// the keyboard, see the score and the review of the misses).
enum TrainingFeature {
    // MARK: - Text

    static let title = "培训 · 演练与答题"
    static func pickFirst(_ k: KeyNamer) -> String {
        "请先选择答案（按 " + [Command.quizA, .quizB, .quizC, .quizD].map { k($0) }.joined(separator: "、") + "）"
    }
    static let abandoned = "已放弃本试卷，未保存成绩"
    static let emptyPaper = "题库中没有这一类的题目"
    static func started(_ s: Scenario, _ k: KeyNamer) -> String {
        "已开始演练“\(s.title)”：到\(s.tab.title)标签办理，办完回到培训（\(k(.training))）按 \(k(.drillCheck)) 检查"
    }
    static func saved(_ score: Int) -> String { "成绩已保存：得分 \(score)" }

    // MARK: - Opening

    static func open(_ state: inout MainState) -> Step {
        state.training = TrainingState()
        return .run(.training(.load(trainee: state.user.id)))
    }

    // MARK: - Commands

    static func handle(_ command: Command, _ state: inout TrainingState, user: Person, keys: KeyNamer) -> Step {
        if state.sheet != nil { return handleSheet(command, &state, user: user, keys: keys) }
        switch command {
        case .trainingPage:
            state.page = state.page == .drills ? .quiz : .drills
        case .quizCategory where state.page == .quiz:
            state.category = (state.category + 1) % (state.categories.count + 1)
        case .trainingOpen where state.page == .quiz:
            return .run(.training(.drawPaper(categories: state.chosenCategories, count: state.count, trainee: user.id)))
        case .trainingOpen:
            guard let s = state.selectedScenario else { return .none }
            return .run(.training(.startDrill(scenarioID: s.id, trainee: user.id)))
        case .drillCheck where state.page == .drills:
            guard let s = state.selectedScenario else { return .none }
            return .run(.training(.checkDrill(scenarioID: s.id, trainee: user.id)))
        default:
            if state.page == .drills, state.list.navigate(command, count: state.scenarios.count) { state.report = nil }
        }
        return .none
    }

    static func handleSheet(_ command: Command, _ state: inout TrainingState, user: Person, keys: KeyNamer) -> Step {
        guard var sheet = state.sheet else { return .none }
        defer { state.sheet = sheet.paper.questions.isEmpty ? nil : sheet }
        if let result = sheet.result {
            switch command {
            case .up, .down, .pageUp, .pageDown, .first, .last:
                sheet.scroll = Scroll.moved(sheet.scroll, by: command, end: result.misses.count * 3 - 1) ?? sheet.scroll
            case .quizNext, .cancel: sheet.paper.questions = []
            default: break
            }
            return .none
        }
        switch command {
        case .quizA: choose(0, &sheet)
        case .quizB: choose(1, &sheet)
        case .quizC: choose(2, &sheet)
        case .quizD: choose(3, &sheet)
        case .cancel:
            sheet.paper.questions = []
            return Step(message: .init(abandoned, .warning))
        case .quizNext:
            if sheet.current.isEmpty { return .error(pickFirst(keys)) }
            sheet.choices.append(sheet.current)
            sheet.current = []
            sheet.index += 1
            guard sheet.index >= sheet.paper.questions.count else { return .none }
            let result = QuizResult(paper: sheet.paper, choices: sheet.choices)
            sheet.result = result
            return .run(.training(.saveQuiz(result, trainee: user.id)))
        default: break
        }
        return .none
    }

    /// Ticks option `i`: a multiple-choice question toggles it, the others take it alone.
    static func choose(_ i: Int, _ sheet: inout QuizSheet) {
        guard let q = sheet.question, i < q.options.count else { return }
        if q.kind == .multiple {
            if sheet.current.contains(i) { sheet.current.remove(i) } else { sheet.current.insert(i) }
        } else {
            sheet.current = [i]
        }
    }

    // MARK: - Results

    /// A result for the training screen; dropped when the screen was closed meanwhile.
    static func apply(_ result: TrainingResult, _ screen: inout TrainingState?, keys: KeyNamer) -> Step {
        guard var state = screen else { return .none }
        defer { screen = state }
        switch result {
        case .loaded(let scenarios, let status, let categories):
            state.scenarios = scenarios
            state.status = status
            state.categories = categories
            state.list.clamp(count: scenarios.count)
        case .drillStarted(let id):
            state.status[id] = .some(nil)
            state.report = nil
            if let s = state.scenarios.first(where: { $0.id == id }) { return Step(message: .init(started(s, keys), .ok)) }
        case .drillChecked(let report):
            state.report = report
            state.status[report.scenarioID] = .some(report.passed)
            return Step(message: .init(report.summary, report.passed ? .ok : .warning))
        case .paperDrawn(let paper):
            if paper.questions.isEmpty { return .error(emptyPaper) }
            state.sheet = QuizSheet(paper: paper)
        case .quizSaved(let score):
            return Step(message: .init(saved(score), .ok))
        }
        return .none
    }
}
