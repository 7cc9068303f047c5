import Domain
import Foundation
import Testing
@testable import Storage

/// Quiz results are kept per trainee and paper, read back for the export and for weighting.
@Suite struct QuizStorageTests {
    static func paper() -> QuizPaper {
        let qs = (1...3).map { i in
            QuizQuestion(id: "q\(i)", category: "经费", kind: i == 3 ? .multiple : .single, stem: "题\(i)", options: ["a", "b", "c"],
                         answer: i == 3 ? [0, 1] : [0], explanation: "e", source: "附件一 三(二)")
        }
        return QuizPaper(seed: 99, categories: ["经费"], questions: qs)
    }

    @Test func aResultIsKeptWithItsMissesAndFeedsTheHistory() throws {
        let fixture = try DatabaseFixture()
        let db = fixture.database
        let worker = try db.addWorker("李明", by: fixture.admin)
        try db.saveQuizResult(QuizResult(paper: Self.paper(), choices: [[0], [1], [0]]), trainee: worker.id, at: Fixture.start)
        try db.saveQuizResult(QuizResult(paper: Self.paper(), choices: [[0], [0], [0, 1]]), trainee: worker.id, at: Fixture.minutes(9))
        let records = try db.quizRecords()
        #expect(records.count == 2)
        #expect(records[0].traineeName == "李明" && records[0].paper == "经费 · 3 题 · 种子 99" && records[0].seed == 99)
        #expect(records[0].right == 1 && records[0].score == 33 && records[0].missed == ["q2", "q3"])
        #expect(records[1].score == 100 && records[1].missed.isEmpty)
        let history = try db.quizHistory(trainee: worker.id)
        #expect(history["q1"] == QuizPaper.History(right: 2, wrong: 0))
        #expect(history["q2"] == QuizPaper.History(right: 1, wrong: 1))
        #expect(try db.quizHistory(trainee: fixture.admin.id).isEmpty)
    }

    @Test func anEmptyPaperIsNotSaved() throws {
        let fixture = try DatabaseFixture()
        let empty = QuizResult(paper: QuizPaper(seed: 1, categories: [], questions: []), choices: [])
        #expect(throws: StorageError.self) { try fixture.database.saveQuizResult(empty, trainee: fixture.admin.id, at: Fixture.start) }
        #expect(try fixture.database.quizRecords().isEmpty)
    }
}
