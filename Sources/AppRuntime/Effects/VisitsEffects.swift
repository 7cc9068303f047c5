import AppCore
import Domain
import Foundation
import Storage

/// Runs the visit tab's effects against a `VisitsStore`, with the rule set in force and the
/// working-day calendar, and hands back the board the tab draws.
struct VisitsEffects {
    let store: any VisitsStore
    let now: Date

    // MARK: - Running

    func run(_ effect: VisitsEffect) throws -> VisitsResult {
        switch effect {
        case .load(let user, let allZones, let month, let lists):
            return .loaded(try board(user: user, allZones: allZones, month: month, lists: lists))
        case .save(let draft, let user, let add, let allZones):
            let record = try store.addVisit(draft, by: user.id, at: now, addHousehold: add)
            return .saved(record, try board(user: user, allZones: allZones))
        case .correct(let id, let draft, let reason, let user, let add, let allZones):
            let record = try store.correctVisit(id, with: draft, reason: reason, by: user.id, at: now, addHousehold: add)
            return .corrected(record, try board(user: user, allZones: allZones))
        case .updateHousehold(let household, let user, let allZones):
            let (after, changes) = try store.updateHousehold(household, by: user.id, at: now)
            return .householdUpdated(after, try store.visits(household: after.id), changes, try board(user: user, allZones: allZones))
        case .sheet(let id): return .sheet(try store.visitVersions(of: id), shown: id)
        case .history(let id):
            let household = try store.household(id: id)
            return .history(household, try store.visits(household: id), receptions: try store.receptions(room: household.room))
        case .followUp(let id, let user):
            let rules = try RuleBook.bundled().rules(on: ShanghaiCalendar.day(of: now))
            return .followedUp(try store.addReceptionFollowUp(fromVisit: id, by: user.id, at: now, calendar: try ProgramCalendar.current(), rules: rules))
        case .assignZone(let id, let zone, let user, let allZones):
            let person = try store.setZone(zone, for: id, by: user.id, at: now)
            let me = person.id == user.id ? person : user
            return .zoneAssigned(person, try board(user: me, allZones: allZones, lists: true))
        }
    }

    // MARK: - The board

    /// The board of `user` today in Shanghai for `month` (nil: this month), scored by the rule set in force for that month;
    /// with `lists`, also the lists to work down and the secretary's table. Only what the board shows is read: the
    /// user's visits of the month, and for the lists the households that can be due with their last visits.
    func board(user: Person, allZones: Bool, month: Month? = nil, lists: Bool = false) throws -> VisitBoard {
        let today = ShanghaiCalendar.day(of: now)
        let month = month ?? today.calendarMonth
        let rules = try RuleBook.bundled().rules(for: month)
        var input: VisitBoard.Lists?
        if lists {
            // Candidates under the same rules that `addLists` then applies, so none that is due is missed.
            let due = try store.dueCandidates(zone: allZones ? nil : user.zone,
                                              staleBefore: StaleHouseholds.cutoff(today: today, rules: rules),
                                              staleLimit: VisitBoard.listLimit)
            input = VisitBoard.Lists(households: due.households, lastVisits: due.lastVisits,
                                     monthVisits: try store.visits(in: month, worker: nil),
                                     workers: try store.people(includeInactive: false), staleTotal: due.staleTotal)
        }
        return VisitBoard.make(user: user, allZones: allZones, today: today, month: month,
                               visits: try store.visits(in: month, worker: user.id), lists: input, calendar: try ProgramCalendar.current(), rules: rules)
    }
}
