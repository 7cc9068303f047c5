import Domain
import ScreenKit

/// Draws the training screen: the drills list with the situation or the last check, the quiz
/// page, a question of a paper, and the score with the review of the misses.
enum TrainingView {
    // MARK: - Text

    static let drillsTab = "演练"
    static let quizTab = "答题"
    /// "Enter 开始演练（写入起始数据）  c 检查  v 答题  Esc 返回", with the keys in force.
    static func drillKeys(_ k: Keymap) -> String {
        k.hintLine([(.trainingOpen, "开始演练（写入起始数据）"), (.drillCheck, "检查"), (.trainingPage, "答题"), (.cancel, "返回")],
                   in: [.training], separator: "  ")
    }
    /// "Enter 抽题作答  g 切换分类  v 演练  Esc 返回".
    static func quizKeys(_ k: Keymap) -> String {
        k.hintLine([(.trainingOpen, "抽题作答"), (.quizCategory, "切换分类"), (.trainingPage, "演练"), (.cancel, "返回")],
                   in: [.training], separator: "  ")
    }
    /// "a–d 选择（多选题可选多个）  Enter 确认并下一题  Esc 放弃".
    static func answerKeys(_ k: Keymap) -> String {
        let first = k.names(of: [.quizA], in: [.quiz], limit: 1), last = k.names(of: [.quizD], in: [.quiz], limit: 1)
        let choose = first.flatMap { a in last.map { "\(a)–\($0)" } }
        return k.hintLine([(choose, "选择（多选题可选多个）"), (k.names(of: [.quizNext], in: [.quiz], limit: 1), "确认并下一题"),
                           (k.names(of: [.cancel], in: [.quiz], limit: 1), "放弃")], separator: "  ")
    }
    /// "↑↓ 翻看错题  Enter 或 Esc 结束".
    static func reviewKeys(_ k: Keymap) -> String {
        k.hintLine([("↑↓", "翻看错题"), (k.names(of: [.quizNext, .cancel], in: [.quiz]), "结束")], separator: "  ")
    }
    static let allRight = "全部答对，没有错题。"
    static func status(_ s: Bool??) -> String {
        switch s {
        case .none: return "未开始"
        case .some(.none): return "进行中"
        case .some(.some(true)): return "已通过"
        case .some(.some(false)): return "未通过"
        }
    }

    // MARK: - Layout

    static func render(_ state: TrainingState, keymap: Keymap, into buffer: inout ScreenBuffer, rect: Rect) {
        if let sheet = state.sheet { return renderSheet(sheet, keymap: keymap, into: &buffer, rect: rect) }
        buffer.put(TrainingFeature.title, x: rect.x, y: rect.y, role: .title)
        let tabs = state.page == .drills ? "[\(drillsTab)] \(quizTab)" : "\(drillsTab) [\(quizTab)]"
        buffer.put(tabs, x: rect.x + rect.width - DisplayWidth.of(tabs), y: rect.y, role: .muted)
        let body = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: rect.height - 2)
        switch state.page {
        case .drills: renderDrills(state, keymap: keymap, into: &buffer, rect: body)
        case .quiz: renderQuiz(state, keymap: keymap, into: &buffer, rect: body)
        }
    }

    static func renderDrills(_ state: TrainingState, keymap: Keymap, into buffer: inout ScreenBuffer, rect: Rect) {
        let columns = [TableColumn("演练", width: 40), TableColumn("标签", width: 10), TableColumn("状态", width: 8)]
        let rows = state.scenarios.map { [$0.title, $0.tab.title, status(state.status[$0.id])] }
        let tableHeight = min(8, rect.height / 2)
        TableView.render(columns: columns, rows: rows, state: state.list, into: &buffer,
                         rect: Rect(x: rect.x, y: rect.y, width: rect.width, height: tableHeight))
        var lines: [(String, StyleRole)] = []
        if let report = state.report {
            lines.append((report.summary, report.passed ? .messageOK : .messageWarning))
            for f in report.findings {
                lines += TextWrap.lines(f.line, width: rect.width, rest: "  ").map { ($0, f.passed ? .normal : .messageError) }
            }
        } else if let s = state.selectedScenario {
            lines = TextWrap.lines(s.situation.replacingOccurrences(of: "\n", with: ""), width: rect.width).map { ($0, .normal) }
        }
        let top = rect.y + tableHeight + 1
        for (i, line) in lines.prefix(max(0, rect.height - tableHeight - 2)).enumerated() {
            buffer.put(line.0, x: rect.x, y: top + i, maxWidth: rect.width, role: line.1)
        }
        buffer.put(drillKeys(keymap), x: rect.x, y: rect.y + rect.height - 1, maxWidth: rect.width, role: .muted)
    }

    static func renderQuiz(_ state: TrainingState, keymap: Keymap, into buffer: inout ScreenBuffer, rect: Rect) {
        let chosen = state.chosenCategories.first ?? "全部"
        buffer.put("分类：\(chosen)   题数：\(state.count)", x: rect.x, y: rect.y, role: .normal)
        buffer.put("题库分类：全部、" + state.categories.joined(separator: "、"), x: rect.x, y: rect.y + 2, maxWidth: rect.width, role: .muted)
        let notes = ["单选、多选、判断题；多选题须选全且不多选才算对。", "答完即显示得分和错题解析（附出处），成绩存入数据库。",
                     "常错的题在以后的试卷中出现得更多。"]
        for (i, n) in notes.enumerated() { buffer.put(n, x: rect.x, y: rect.y + 4 + i, maxWidth: rect.width, role: .normal) }
        buffer.put(quizKeys(keymap), x: rect.x, y: rect.y + rect.height - 1, maxWidth: rect.width, role: .muted)
    }

    // MARK: - A paper

    static func renderSheet(_ sheet: QuizSheet, keymap: Keymap, into buffer: inout ScreenBuffer, rect: Rect) {
        if let result = sheet.result { return renderResult(result, scroll: sheet.scroll, keymap: keymap, into: &buffer, rect: rect) }
        guard let q = sheet.question else { return }
        let head = "第 \(sheet.index + 1)/\(sheet.paper.questions.count) 题 · \(q.kind.title) · \(q.category)"
        buffer.put(head, x: rect.x, y: rect.y, role: .title)
        var y = rect.y + 2
        for line in TextWrap.lines(q.stem, width: rect.width) { buffer.put(line, x: rect.x, y: y, role: .normal); y += 1 }
        y += 1
        for (i, option) in q.options.enumerated() {
            let mark = FormField.mark(sheet.current.contains(i), multiple: q.kind == .multiple)
            let lines = TextWrap.lines("\(mark) \(QuizQuestion.letter(i)). \(option)", width: rect.width, rest: "       ")
            for line in lines where y < rect.y + rect.height - 1 {
                buffer.put(line, x: rect.x, y: y, role: sheet.current.contains(i) ? .title : .normal)
                y += 1
            }
        }
        buffer.put(answerKeys(keymap), x: rect.x, y: rect.y + rect.height - 1, maxWidth: rect.width, role: .muted)
    }

    static func renderResult(_ result: QuizResult, scroll: Int, keymap: Keymap, into buffer: inout ScreenBuffer, rect: Rect) {
        buffer.put("\(result.paper.title) · \(result.summary)", x: rect.x, y: rect.y, maxWidth: rect.width, role: .title)
        var lines = result.misses.flatMap { TextWrap.lines($0.answer.review(number: $0.number), width: rect.width, rest: "  ") }
        if lines.isEmpty { lines = [allRight] }
        for (i, line) in lines.dropFirst(scroll).prefix(rect.height - 3).enumerated() {
            buffer.put(line, x: rect.x, y: rect.y + 2 + i, maxWidth: rect.width, role: .normal)
        }
        buffer.put(reviewKeys(keymap), x: rect.x, y: rect.y + rect.height - 1, maxWidth: rect.width, role: .muted)
    }
}
