import Domain

extension AppDatabase {
    /// Whether the 书记 has signed `worker`'s card of `month`: a record that reaches it now is 签名后新增
    /// and counts only once the card is recomputed.
    public func isPointsCardSigned(worker: Int64, month: Month) throws -> Bool {
        try pool.read { db in try PointsTable.isSigned(worker, month, in: db) }
    }
}
