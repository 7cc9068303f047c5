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

/// A household (户) as the visit rules see it: its room (楼室号) and its special-target tags
/// (独居老人, 困难家庭, …).
public struct Household: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    /// Building and room, "12号楼 301室", used in messages.
    public var room: String
    public var tags: [String]

    public init(id: Int64, room: String, tags: [String] = []) {
        self.id = id
        self.room = room
        self.tags = tags
    }
}
