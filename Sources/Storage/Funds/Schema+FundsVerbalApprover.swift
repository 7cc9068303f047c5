import GRDB

/// The verbal approver of emergency spending as a person (附件一 三(二)): from this version on the
/// 书记 or 主任 is chosen from the people and their id kept with the name; rows recorded before keep
/// only the typed name (`approver_id` NULL), stay readable, and no longer let anything be paid.
extension Schema {
    // MARK: - v24

    /// Adds `verbal_approval.approver_id`.
    static func addVerbalApproverID(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE verbal_approval ADD COLUMN approver_id INTEGER REFERENCES person(id) ON DELETE RESTRICT;
            """)
    }
}
