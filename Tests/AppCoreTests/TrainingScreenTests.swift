import AppCore
import AppRuntime
import Domain
import Foundation
import ScreenKit
import Testing

/// The training screen (F3) at 80×24: the drills list, starting and checking a drill, a quiz
/// question answered with the keyboard, the score and the review; and the results export.
@Suite struct TrainingScreenTests {
    static let scenarios = try! ScenarioFile.bundled()

    static func question(_ id: String, _ kind: QuizQuestion.Kind, answer: Set<Int>) -> QuizQuestion {
        QuizQuestion(id: id, category: "经费", kind: kind, stem: "居委会一笔 650 元的支出，应当如何审批？",
                     options: ["书记一人审批即可", "书记、主任共同审批即可", "须先经街道、镇相关科室审核", "报账员审核后直接支付"],
                     answer: answer, explanation: "超过 500 元须经街道、镇相关科室审核。", source: "附件一 三(二)")
    }

    static let paper = QuizPaper(seed: 42, categories: ["经费"], questions: [
        question("funds-500-route", .single, answer: [2]),
        QuizQuestion(id: "funds-three", category: "经费", kind: .multiple, stem: "三项经费包括哪些？（多选）",
                     options: ["居委会工作经费", "党组织服务群众专项经费", "社区基金会匹配资金", "社工工资"], answer: [0, 1, 2],
                     explanation: "工资不得从中列支。", source: "附件一 二(一)"),
    ])

    static func trainingState() -> AppState {
        var s = Fixtures.mainState()
        #expect(Fixtures.send([.function(3)], to: &s) == [.training(.load(trainee: Fixtures.secretary.id))])
        _ = AppUpdate.update(&s, .training(.loaded(scenarios: scenarios, status: ["duty-sign-in": .some(true)],
                                                   categories: ["经费", "走访", "政策"])))
        return s
    }

    @Test func f3ListsTheDrillsWithTheSituationOfTheSelectedOne() {
        let s = Self.trainingState()
        let screen = Fixtures.screenText(s)
        #expect(screen.contains("培训 · 演练与答题"))
        #expect(screen.contains("值班时接待居民（签到并登记）"))
        #expect(screen.contains("已通过"))
        #expect(screen.contains("先签到，再记一条接待"))
        #expect(s.keyContexts.first == .training)
    }

    @Test func enterStartsAndCChecksTheSelectedDrillAndTheReportExplainsTheDifference() {
        var s = Self.trainingState()
        #expect(Fixtures.send([.down, .enter], to: &s) == [.training(.startDrill(scenarioID: "duty-sign-in", trainee: 1))])
        _ = AppUpdate.update(&s, .training(.drillStarted(scenarioID: "duty-sign-in")))
        #expect(s.message?.text.contains("已开始演练“错时值班按时签到”") == true)
        #expect(Fixtures.send([.char("c")], to: &s) == [.training(.checkDrill(scenarioID: "duty-sign-in", trainee: 1))])
        let finding = DrillFinding(expected: "值班签到：签到 开始后 15 分钟内", passed: false, explanation: "未找到值班签到", clause: "附件三 错时值班")
        _ = AppUpdate.update(&s, .training(.drillChecked(DrillReport(scenarioID: "duty-sign-in", findings: [finding]))))
        let screen = Fixtures.screenText(s)
        #expect(screen.contains("未通过：1 项中 1 项不符"))
        #expect(screen.contains("✗ 值班签到：签到 开始后 15 分钟内：未找到值班签到（附件三 错时值班）"))
        Fixtures.send([.escape], to: &s)
        #expect(s.main?.training == nil)
    }

    @Test func aQuizQuestionAt80x24() {
        var s = Self.trainingState()
        Fixtures.send([.char("v"), .char("g")], to: &s)
        #expect(Fixtures.screenText(s).contains("分类：经费"))
        #expect(Fixtures.send([.enter], to: &s) == [.training(.drawPaper(categories: ["经费"], count: 10, trainee: 1))])
        _ = AppUpdate.update(&s, .training(.paperDrawn(Self.paper)))
        #expect(s.keyContexts.first == .quiz)
        Fixtures.send([.char("c")], to: &s)
        let screen = Fixtures.screenText(s)
        #expect(screen.contains("第 1/2 题 · 单选 · 经费"))
        #expect(screen.contains("(*) C. 须先经街道、镇相关科室审核"), "a single choice shows radio marks")
        #expect(screen.contains("( ) A. 书记一人审批即可") && !screen.contains("[ ]"))
        Golden.assert(Fixtures.render(s), named: "training-quiz-question")
        Fixtures.send([.enter, .char("b")], to: &s)
        let multiple = Fixtures.screenText(s)
        #expect(multiple.contains("多选") && multiple.contains("[x] B.") && multiple.contains("[ ] A."), "a multiple choice shows checkboxes")
        #expect(!multiple.contains("( )"))
    }

    @Test func answeringThePaperScoresItSavesItAndReviewsTheMiss() {
        var s = Self.trainingState()
        Fixtures.send([.char("v"), .enter], to: &s)
        _ = AppUpdate.update(&s, .training(.paperDrawn(Self.paper)))
        #expect(Fixtures.send([.enter], to: &s).isEmpty)
        #expect(s.message?.text == "请先选择答案（按 a、b、c、d）")
        Fixtures.send([.char("a"), .char("c"), .enter], to: &s)   // single: c replaces a
        Fixtures.send([.char("a"), .char("b"), .char("d"), .char("d")], to: &s)   // multiple: d toggled off again
        let effects = Fixtures.send([.enter], to: &s)
        let result = QuizResult(paper: Self.paper, choices: [[2], [0, 1]])
        #expect(effects == [.training(.saveQuiz(result, trainee: 1))])
        #expect(result.score == 50)
        _ = AppUpdate.update(&s, .training(.quizSaved(score: 50)))
        let screen = Fixtures.screenText(s)
        #expect(screen.contains("得分 50（2 题答对 1 题）"))
        #expect(screen.contains("你选 AB，正确答案 ABC"))
        #expect(screen.contains("出处：附件一 二(一)"))
        Fixtures.send([.enter], to: &s)
        #expect(s.main?.training?.sheet == nil)
    }

    @Test func escAbandonsAPaperWithoutSaving() {
        var s = Self.trainingState()
        Fixtures.send([.char("v"), .enter], to: &s)
        _ = AppUpdate.update(&s, .training(.paperDrawn(Self.paper)))
        #expect(Fixtures.send([.char("a"), .enter, .escape], to: &s).isEmpty)
        #expect(s.main?.training?.sheet == nil && s.main?.training != nil)
        #expect(s.message?.text == "已放弃本试卷，未保存成绩")
    }

    @Test func quittingHalfwayThroughAPaperAsksFirst() {
        var s = Self.trainingState()
        Fixtures.send([.char("v"), .enter], to: &s)
        _ = AppUpdate.update(&s, .training(.paperDrawn(Self.paper)))
        #expect(Fixtures.send([.char("q")], to: &s) == [.quit])
        Fixtures.send([.char("a")], to: &s)
        #expect(Fixtures.send([.char("q")], to: &s).isEmpty)
        #expect(s.modal == .confirmQuit)
    }

    // MARK: - Export

    @Test func theResultsExportHasABOMTheColumnsAndOneRowAPaper() {
        let record = QuizRecord(id: 1, traineeName: "李明", paper: "经费 · 10 题 · 种子 42", seed: 42,
                                finishedAt: Fixtures.now, total: 10, right: 8, score: 80, missed: ["funds-split", "visits-over"])
        let text = QuizResultsCSV.text([record])
        #expect(text.hasPrefix("\u{FEFF}"))
        let lines = text.dropFirst().components(separatedBy: "\r\n")
        #expect(lines[0] == "学员,试卷,种子,完成时间,题数,答对,得分,错题")
        let day = ShanghaiCalendar.day(of: Fixtures.now).iso
        #expect(lines[1].hasPrefix("李明,经费 · 10 题 · 种子 42,42,\(day) "))
        #expect(lines[1].hasSuffix(",10,8,80,funds-split visits-over"))
    }
}
