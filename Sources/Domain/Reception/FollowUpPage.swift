/// A page of the records waiting for a reply (`ReplyDeadline.followUps` order: most overdue
/// first), with the counts of the whole list, so that the list's title is right before every
/// record has been read.
public struct FollowUpPage: Sendable, Equatable {
    /// The records of the page, from `offset` in the whole list.
    public var records: [ReceptionRecord]
    public var offset: Int
    /// How many records wait for a reply in all, and how many of them are overdue on the day asked.
    public var total: Int
    public var overdue: Int

    public init(records: [ReceptionRecord], offset: Int, total: Int, overdue: Int) {
        self.records = records
        self.offset = offset
        self.total = total
        self.overdue = overdue
    }

    /// True when records of the list come after this page.
    public var hasMore: Bool { offset + records.count < total }
}
