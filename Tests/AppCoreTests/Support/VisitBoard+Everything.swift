import AppCore
import Domain

extension VisitBoard {
    /// The whole board from everything at once, as the tests build it: the month's visits of
    /// everyone, the registry and each household's last visit.
    static func make(user: Person, allZones: Bool, today: LocalDate, month: Month? = nil, monthVisits: [VisitRecord],
                     households: [Household], lastVisits: [Int64: LocalDate], workers: [Person],
                     calendar: WorkingDayCalendar, rules: RuleSet) -> VisitBoard {
        make(user: user, allZones: allZones, today: today, month: month, visits: monthVisits.filter { $0.workerID == user.id },
             lists: Lists(households: households, lastVisits: lastVisits, monthVisits: monthVisits, workers: workers),
             calendar: calendar, rules: rules)
    }
}
