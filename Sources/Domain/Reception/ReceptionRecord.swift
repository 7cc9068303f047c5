import Foundation

/// One consultation of the 首问接待记录册 as stored: who received whom and when, its content
/// (the latest amendment's, the original kept), the resident's signature and the reply.
///
/// A signed record is read-only: a correction is an amendment with a reason, shown with the original.
public struct ReceptionRecord: Sendable, Equatable, Identifiable {
    public var id: Int64
    /// 接待人.
    public var workerID: Int64
    public var workerName: String
    /// The content as first recorded.
    public var original: ReceptionDraft
    /// Corrections, oldest first; each carries the whole corrected content.
    public var amendments: [ReceptionAmendment]
    /// When the resident's signature (居民已签字) was recorded, and by whom.
    public var signature: Signature?
    /// The answer given to a 待回复 matter, which closes it.
    public var reply: ReceptionReply?
    /// The resident's own rating of the service, given at the touch screen (评价), if any.
    public var rating: ResidentRating?

    public init(id: Int64, workerID: Int64, workerName: String, original: ReceptionDraft,
                amendments: [ReceptionAmendment] = [], signature: Signature? = nil, reply: ReceptionReply? = nil) {
        self.id = id
        self.workerID = workerID
        self.workerName = workerName
        self.original = original
        self.amendments = amendments
        self.signature = signature
        self.reply = reply
    }

    /// The content in force: the latest amendment's, else the original.
    public var content: ReceptionDraft { amendments.last?.content ?? original }

    public var isSigned: Bool { signature != nil }

    /// True while the record waits for a reply (its outcome is 待回复 and none is recorded).
    public var awaitsReply: Bool { content.outcome.waitsForReply && reply == nil }

    // MARK: - Parts

    /// The record of the resident's signature on the paper log.
    public struct Signature: Sendable, Equatable {
        public var at: Date
        public var byName: String
        public init(at: Date, byName: String) {
            self.at = at
            self.byName = byName
        }
    }
}

/// A correction of a reception record: the whole corrected content, why, when and by whom.
public struct ReceptionAmendment: Sendable, Equatable {
    public var at: Date
    public var byName: String
    public var reason: String
    public var content: ReceptionDraft

    public init(at: Date, byName: String, reason: String, content: ReceptionDraft) {
        self.at = at
        self.byName = byName
        self.reason = reason
        self.content = content
    }
}

/// The answer to a 待回复 matter: what was said, when, by whom, and how satisfied the resident was.
public struct ReceptionReply: Sendable, Equatable {
    public var at: Date
    public var byName: String
    public var text: String
    public var satisfaction: Satisfaction

    public init(at: Date, byName: String, text: String, satisfaction: Satisfaction) {
        self.at = at
        self.byName = byName
        self.text = text
        self.satisfaction = satisfaction
    }
}
