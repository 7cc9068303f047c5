import Foundation

/// A paper a trainee has finished, as kept in the database and exported for the trainer.
public struct QuizRecord: Sendable, Equatable {
    public var id: Int64
    public var traineeName: String
    public var paper: String
    public var seed: UInt64
    public var finishedAt: Date
    public var total: Int
    public var right: Int
    public var score: Int
    /// The ids of the questions answered wrong, in paper order.
    public var missed: [String]

    public init(id: Int64, traineeName: String, paper: String, seed: UInt64, finishedAt: Date, total: Int, right: Int,
                score: Int, missed: [String]) {
        self.id = id
        self.traineeName = traineeName
        self.paper = paper
        self.seed = seed
        self.finishedAt = finishedAt
        self.total = total
        self.right = right
        self.score = score
        self.missed = missed
    }
}
