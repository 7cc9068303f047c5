import ArgumentParser
import DataFile
import Domain
import Foundation
import Storage

/// `baishihui quiz [--category C] [--count N] [--seed N] --as NAME [--pin-fd N]`: a paper on the terminal's
/// lines: each question is printed, the answer read as letters ("B", "AC", 对/错), then the
/// score and the review of the misses; the result is kept.
struct QuizCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "quiz", abstract: "答题测验：抽一份试卷逐题作答（输入字母），最后给出得分和错题解析，成绩存入数据库")
    @Option(help: "只抽这一分类（经费、走访、积分、值班、接待、政策）；可重复") var category: [String] = []
    @Option(help: "题数") var count = 10
    @Option(help: "随机种子：同一种子、同一答题记录得到同一份试卷") var seed: UInt64?
    @Flag(help: "只列出试卷和答案，不作答、不保存（培训员出卷用）") var key = false
    @OptionGroup var trainee: ActorOption
    @OptionGroup var database: DatabaseOption

    func run() throws {
        let db = try database.openExisting()
        let person = try trainee.verified(in: db, roles: nil, act: "答题")
        let bank = try ImportSupport.reporting("") { try TrainingData.bank(db) }
        let paper = QuizPaper.draw(from: bank, categories: category, count: count,
                                   seed: seed ?? UInt64(Date().timeIntervalSince1970) % 1_000_000,
                                   history: try db.quizHistory(trainee: person.id))
        guard !paper.questions.isEmpty else { printError("题库中没有这一类的题目"); throw ExitCode(1) }
        print("试卷：\(paper.title)")
        var choices: [Set<Int>] = []
        for (i, q) in paper.questions.enumerated() {
            print("\n第 \(i + 1) 题（\(q.kind.title)·\(q.category)）\(q.stem)")
            for (k, o) in q.options.enumerated() { print("  \(QuizQuestion.letter(k)). \(o)") }
            if key { print("  答案：\(QuizQuestion.letters(q.answer))（\(q.source)）"); continue }
            choices.append(ask(q))
        }
        if key { return }
        let result = QuizResult(paper: paper, choices: choices)
        print("\n" + result.summary)
        for miss in result.misses { print(miss.answer.review(number: miss.number)) }
        try ImportSupport.reporting("") { try db.saveQuizResult(result, trainee: person.id, at: Date()) }
    }

    /// Reads answer letters until they name options of `q`; end of input answers nothing.
    func ask(_ q: QuizQuestion) -> Set<Int> {
        while true {
            print("答案> ", terminator: "")
            guard let line = readLine() else { return [] }
            if let choice = q.parseLetters(line), !choice.isEmpty, q.kind == .multiple || choice.count == 1 { return choice }
            print(q.kind == .multiple ? "请输入一个或几个选项字母，如 AC" : "请输入一个选项字母")
        }
    }
}

/// `baishihui export quiz-results`: every finished paper as CSV with a BOM, for the trainer to hand in.
struct ExportQuizResultsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "quiz-results", abstract: "导出答题成绩（CSV，带 BOM）：学员、试卷、种子、完成时间、题数、答对、得分、错题")
    @OptionGroup var output: OutputOption
    @OptionGroup var database: DatabaseOption

    func run() throws {
        let db = try database.openExisting()
        let records = try db.quizRecords()
        try ExportOutput.write(QuizResultsCSV.text(records), format: .csv, rows: records.count, to: output, database: database, db: db)
    }
}

/// The quiz results as CSV: a BOM, the header, one row a finished paper.
public enum QuizResultsCSV {
    public static let header = ["学员", "试卷", "种子", "完成时间", "题数", "答对", "得分", "错题"]

    public static func text(_ records: [QuizRecord]) -> String {
        let rows = records.map { r in
            [r.traineeName, r.paper, String(r.seed), stamp(r.finishedAt), String(r.total), String(r.right), String(r.score),
             r.missed.joined(separator: " ")]
        }
        return CSVText.document([header] + rows)
    }

    /// "2026-11-29 16:05" in Shanghai time.
    static func stamp(_ date: Date) -> String { "\(ShanghaiCalendar.day(of: date).iso) \(ClockTime.of(date).text)" }
}
