import Foundation

/// What the residents' touch screen shows, read in one go from the committee's file: nothing in
/// it names a resident, a room or a record (实施意见 二(六); the kiosk has no login).
public struct KioskSnapshot: Sendable, Equatable {
    public var committee: String
    /// When it was read; the screen reads it again within a minute.
    public var readAt: Date
    public var today: LocalDate
    public var isWorkingDay: Bool
    /// The service hours in force now, or when they are today (`KioskText.hoursNow`/`hoursLater`).
    public var hoursLine: String
    /// The week's published hours, as the duty tab publishes them.
    public var hoursOfWeek: [String]
    /// The names of the workers on a shift now (names only).
    public var onDuty: [String]
    /// Upcoming batch-intake days (集中受理): their public title.
    public var intakeDays: [String]
    /// Free half-hour slots a resident may book, soonest first.
    public var openSlots: [KioskSlot]
    public var guide: KioskGuide
    public var profile: KioskProfile
    public var notices: [KioskNotice]
    /// The latest half-year's public funds disclosure, shown among the notices; nil without one.
    public var disclosure: KioskDisclosure?

    public init(committee: String, readAt: Date, today: LocalDate, isWorkingDay: Bool, hoursLine: String,
                hoursOfWeek: [String] = [], onDuty: [String] = [], intakeDays: [String] = [], openSlots: [KioskSlot] = [],
                guide: KioskGuide = KioskGuide(items: []), profile: KioskProfile = KioskProfile(),
                notices: [KioskNotice] = []) {
        self.committee = committee
        self.readAt = readAt
        self.today = today
        self.isWorkingDay = isWorkingDay
        self.hoursLine = hoursLine
        self.hoursOfWeek = hoursOfWeek
        self.onDuty = onDuty
        self.intakeDays = intakeDays
        self.openSlots = openSlots
        self.guide = guide
        self.profile = profile
        self.notices = notices
    }
}

/// A bookable slot at the desk.
public struct KioskSlot: Sendable, Equatable, Hashable {
    public var date: LocalDate
    public var span: TimeSpan
    public init(date: LocalDate, span: TimeSpan) {
        self.date = date
        self.span = span
    }
    /// "12-07 周一 09:00-09:30".
    public var title: String {
        String(date.iso.dropFirst(5)) + " \(date.weekday.short) \(span)"
    }
}

/// The committee's profile (社区概况), kept by the 书记.
public struct KioskProfile: Sendable, Equatable {
    public var address: String
    public var area: String
    public var households: String
    /// The team: one line each, "姓名 职务 电话".
    public var team: [String]
    public var updated: LocalDate?

    public init(address: String = "", area: String = "", households: String = "", team: [String] = [], updated: LocalDate? = nil) {
        self.address = address
        self.area = area
        self.households = households
        self.team = team
        self.updated = updated
    }

    public var isEmpty: Bool { address.isEmpty && area.isEmpty && households.isEmpty && team.isEmpty }
}

/// A notice or piece of news (社区动态), shown from its date until `until`.
public struct KioskNotice: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var title: String
    public var date: LocalDate
    public var body: String
    public var until: LocalDate

    public init(id: Int64, title: String, date: LocalDate, body: String, until: LocalDate) {
        self.id = id
        self.title = title
        self.date = date
        self.body = body
        self.until = until
    }

    /// Shown on `day`: posted by then and not yet past its last day.
    public func isShown(on day: LocalDate) -> Bool { date <= day && day <= until }
}
