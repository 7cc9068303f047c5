import Domain
import Foundation
import GRDB

/// Quiz results (上机答题测验): one sitting a finished paper, one row an answer, per trainee.
extension AppDatabase {
    /// Keeps `result` as `trainee`'s sitting at `at`; returns its id.
    @discardableResult
    public func saveQuizResult(_ result: QuizResult, trainee: Int64, at: Date) throws -> Int64 {
        guard !result.answers.isEmpty else { throw StorageError(.invalidInput, "试卷没有题目，不能保存成绩") }
        return try audited(by: trainee, at: at) { db in
            _ = try PersonTable.require(trainee, in: db)
            try db.execute(sql: """
                INSERT INTO quiz_sitting (trainee_id, paper, seed, finished_at, total, right_count, score) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [trainee, result.paper.title, String(result.paper.seed), at, result.answers.count,
                                 result.rightCount, result.score])
            let id = db.lastInsertedRowID
            for (i, answer) in result.answers.enumerated() {
                try db.execute(sql: """
                    INSERT INTO quiz_answer (sitting_id, position, question_id, category, chosen, answer, is_right)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [id, i + 1, answer.question.id, answer.question.category, QuizQuestion.letters(answer.chosen),
                                     QuizQuestion.letters(answer.question.answer), answer.isRight])
            }
            return (id, [AuditEvent(action: "quiz.finish", entity: "quiz_sitting", entityID: id,
                                    detail: ["paper": result.paper.title, "score": String(result.score)])])
        }
    }

    /// How often `trainee` has answered each question right and wrong, for weighting the next paper.
    public func quizHistory(trainee: Int64) throws -> [String: QuizPaper.History] {
        try pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.question_id, SUM(a.is_right) AS right_n, SUM(1 - a.is_right) AS wrong_n
                FROM quiz_answer a JOIN quiz_sitting s ON s.id = a.sitting_id WHERE s.trainee_id = ? GROUP BY a.question_id
                """, arguments: [trainee])
            var out: [String: QuizPaper.History] = [:]
            for row in rows { out[row["question_id"]] = QuizPaper.History(right: row["right_n"], wrong: row["wrong_n"]) }
            return out
        }
    }

    /// Every finished paper, oldest first (for `export quiz-results`).
    public func quizRecords() throws -> [QuizRecord] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT s.id, p.name, s.paper, s.seed, s.finished_at, s.total, s.right_count, s.score,
                       (SELECT group_concat(question_id, ' ') FROM (SELECT question_id FROM quiz_answer
                         WHERE sitting_id = s.id AND is_right = 0 ORDER BY position)) AS missed
                FROM quiz_sitting s JOIN person p ON p.id = s.trainee_id ORDER BY s.id
                """).map { row in
                QuizRecord(id: row["id"], traineeName: row["name"], paper: row["paper"], seed: UInt64(row["seed"] as String) ?? 0,
                           finishedAt: row["finished_at"], total: row["total"], right: row["right_count"], score: row["score"],
                           missed: (row["missed"] as String?)?.split(separator: " ").map(String.init) ?? [])
            }
        }
    }
}
