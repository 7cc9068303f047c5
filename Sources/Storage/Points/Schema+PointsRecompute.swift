import GRDB

/// The `v27-points-recompute` step: an amendment of a signed points card may be a computed item
/// recomputed from its records (重算), which takes in the records that reached the month after
/// signing (签名后新增). `recomputed` marks such an amendment (1); it is a new row pointing at the
/// signed card like every amendment, and the card as signed stays as it was (积分规则说明 4).
extension Schema {
    static func addPointsRecompute(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE points_amendment ADD COLUMN recomputed INTEGER NOT NULL DEFAULT 0 CHECK (recomputed IN (0, 1));
            """)
    }
}
