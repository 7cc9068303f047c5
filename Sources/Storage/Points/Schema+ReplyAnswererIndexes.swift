import GRDB

/// `Migration.replyAnswererIndexes` (`v23-points-fast`): indexes one worker's points card reads by.
extension Schema {
    /// A worker's answers by answer time, in both tables an answer in force can come from. The card
    /// found its month's platform replies among every reply answered that month (8,000 a month on
    /// the district's file, each looked up for its answerer): 5–8 ms of its 12; now the worker's own.
    static func addReplyAnswererIndexes(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX online_reply_by_answerer ON online_reply(answerer_id, answered_at);
            CREATE INDEX online_reply_answer_by_answerer ON online_reply_answer(answerer_id, answered_at);
            """)
    }
}
