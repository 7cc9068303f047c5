import GRDB

/// `Migration.receptionVisitDutyIndexes` (v19): indexes the benchmarks justify (BENCHMARKS.md, `scripts/bench`).
///
/// - A reception search by name or room is `instr`, which no index can seek; but scanning the
///   index of one short column (a few MB at 100,000 records) is several times faster than scanning
///   the log, whose rows carry the question and what was done. `ReceptionQuery.condition` finds
///   the ids through these indexes, then reads only the matching records.
/// - A points card reads one worker's records of one month; in a street's or a district's file
///   the month holds every committee's records, so the card seeks by worker first.
extension Schema {
    static func addReceptionVisitDutyIndexes(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX reception_by_resident ON reception(resident_name);
            CREATE INDEX reception_by_room ON reception(room);
            CREATE INDEX reception_by_worker ON reception(worker_id, day);
            CREATE INDEX visit_by_worker ON visit(worker_id, day);
            CREATE INDEX duty_assignment_by_person ON duty_assignment(person_id, shift_id);
            """)
    }
}

/// `Migration.replyAnswerTimeIndexes` (v21): a points card reads the online replies its worker answered in the month, by the
/// time of the answer in force (the later answer if one was added, else the first). That time is
/// a `COALESCE` over a join, which no index can seek: on the district's file (965,000 replies) one
/// card took 550 ms scanning them all. With these two indexes `PointsSources` finds the candidates
/// by either time, then keeps those whose answer in force falls in the month.
extension Schema {
    static func addReplyAnswerTimeIndexes(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX online_reply_by_answered_at ON online_reply(answered_at);
            CREATE INDEX online_reply_answer_by_answered_at ON online_reply_answer(answered_at);
            """)
    }
}
