/// A home visit (走访): who made it, which household, on which Shanghai day.
public struct Visit: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var workerID: Int64
    public var householdID: Int64
    public var date: LocalDate

    public init(id: Int64, workerID: Int64, householdID: Int64, date: LocalDate) {
        self.id = id
        self.workerID = workerID
        self.householdID = householdID
        self.date = date
    }
}

/// A household (户) of the registry: its room (楼室号, unique in the committee), its head and
/// family as the paper form describes them, its phone, its special-target tags (独居老人,
/// 困难家庭, …) and the zone (分片包块) it belongs to.
public struct Household: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    /// Building and room, "12号楼 301室", used in messages.
    public var room: String
    public var tags: [String]
    /// 户主姓名.
    public var head: String
    /// 家庭成员情况: a short description, as on the paper form.
    public var members: String
    /// 联系电话, stored whole and masked on screen (`Phone.masked`).
    public var phone: String
    /// 片区; nil when the household is in no zone yet.
    public var zone: String?

    public init(id: Int64, room: String, tags: [String] = [], head: String = "", members: String = "",
                phone: String = "", zone: String? = nil) {
        self.id = id
        self.room = room
        self.tags = tags
        self.head = head
        self.members = members
        self.phone = phone
        self.zone = zone
    }
}
