import DataFile
import Foundation
import TOMLKit

/// Reads the written questions of the quiz bank from TOML (`Resources/quizzes/*.toml`): each
/// `[[question]]` has `id`, `category`, `kind` (single, multiple, true_false), `stem`, `options`
/// (not for true_false), `answer` ("B", "AC", or 对/错), `explanation`, and where it comes from:
/// `source` and `quotes` (the standard's words, verbatim) for a question on the standard, or
/// `setting` (a rule-file key; the stem opens "本程序取值", no `source`) for one on a local setting.
public enum QuizBankFile {
    /// Every written question shipped with the program.
    public static func bundled() throws(DataFileError) -> [QuizQuestion] {
        var questions: [QuizQuestion] = []
        for (name, text) in try TrainingResources.files(in: "quizzes") {
            questions += try parse(text, file: "quizzes/\(name).toml")
        }
        return questions
    }

    public static func parse(_ text: String, file: String) throws(DataFileError) -> [QuizQuestion] {
        let source = try TOMLSource(text, file: file)
        var seen: Set<String> = []
        var out: [QuizQuestion] = []
        for t in try TrainingTable.tables("question", of: source.root, file: file) {
            let q = try question(t)
            guard seen.insert(q.id).inserted else { throw t.problem("题号“\(q.id)”重复") }
            out.append(q)
        }
        return out
    }

    static func question(_ t: TrainingTable) throws(DataFileError) -> QuizQuestion {
        guard let kind = try t.choice("kind", QuizQuestion.Kind.allCases, raw: \.rawValue, title: \.title) else {
            throw t.problem("缺少 kind（single、multiple、true_false）")
        }
        let options = try kind == .trueFalse ? QuizQuestion.trueFalseOptions : t.strings("options")
        if kind != .trueFalse && options.count < 2 { throw t.problem("选择题至少要有两个选项") }
        let (source, quotes, setting) = try origin(t)
        let stem = try t.string("stem")
        if setting != nil && !stem.hasPrefix(localMark) { throw t.problem("本程序取值的题目，题干须以“\(localMark)”开头") }
        var q = QuizQuestion(id: try t.string("id"), category: try t.string("category"), kind: kind,
                             stem: stem, options: options, answer: [], explanation: try t.string("explanation"),
                             source: source, quotes: quotes, setting: setting)
        let written = try t.string("answer")
        guard let answer = q.parseLetters(written), !answer.isEmpty else { throw t.problem("答案“\(written)”不是本题的选项") }
        if kind != .multiple && answer.count != 1 { throw t.problem("\(kind.title)题只能有一个答案") }
        q.answer = answer
        return q
    }

    /// How a question on a local setting opens, so it is never taken for the standard's.
    static let localMark = "本程序取值"

    /// `source` and `quotes`, or `setting` (its source then made from it): one of the two, never both.
    static func origin(_ t: TrainingTable) throws(DataFileError) -> (String, [String], String?) {
        let quotes = try t.strings("quotes")
        if let setting = t.optionalString("setting") {
            guard quotes.isEmpty, t.optionalString("source") == nil else {
                throw t.problem("本程序取值的题目（setting）不写 source 和 quotes：它不是标准的规定")
            }
            return (QuizQuestion.localSource(setting), [], setting)
        }
        guard !quotes.isEmpty, quotes.allSatisfy({ !$0.isEmpty }) else {
            throw t.problem("缺少 quotes（题目所依据的标准原文）；本程序取值的题目写 setting")
        }
        return (try t.string("source"), quotes, nil)
    }
}
