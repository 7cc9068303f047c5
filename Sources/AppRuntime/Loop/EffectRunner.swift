import AppCore
import Domain
import Foundation
import Storage

/// Runs the effects that `update` asks for against the database and turns each result into an action.
public struct EffectRunner: Sendable {
    public let database: AppDatabase
    /// The clock, passed in so tests can fix it.
    public let now: @Sendable () -> Date
    public var isPractice = false

    public init(database: AppDatabase, now: @escaping @Sendable () -> Date = Date.init) {
        self.database = database
        self.now = now
    }

    /// The action an effect produces; `nil` for `.quit`, which the loop handles.
    public func run(_ effect: Effect) -> Action? {
        do {
            return try perform(effect)
        } catch let error as StorageError {
            return .failed(error.message)
        } catch {
            return .failed(StorageError.explain(error, path: database.path))
        }
    }

    private func perform(_ effect: Effect) throws -> Action? {
        switch effect {
        case .quit: return nil
        case .loadStartup, .initialize, .login, .setOwnPin: return try SessionEffects(store: database, now: now()).run(effect)
        case .loadPeople, .addPerson, .setRoles, .resetPin, .setActive: return try PeopleEffects(store: database, now: now()).run(effect)
        case .noteViewed, .loadRecordViews, .lookUpRooms: return try LookupEffects(views: database, rooms: database, now: now()).run(effect)
        case .visits(let e): return .visits(try VisitsEffects(store: database, now: now()).run(e))
        case .funds(let effect): return try FundsEffects(store: database, now: now()).run(effect)
        case .searchPolicies(let query): return try PolicyEffects(store: database).search(query)
        case .duty(let e): return try DutyEffects(store: database, now: now()).run(e)
        case .reception(let effect): return .reception(try ReceptionEffects(store: database, now: now()).run(effect))
        case .points(let e): return try PointsEffects(store: database, now: now()).run(e)
        case .training(let e): return try TrainingEffects(store: database, now: now()).run(e)
        case .resetPractice: return try PracticeSandbox.reset(open: database, isPractice: isPractice, today: ShanghaiCalendar.day(of: now()))
        case .saveDraft, .discardDraft, .loadDrafts: return try DraftEffects(store: database, now: now()).run(effect)
        case .kiosk(let e): return try KioskStaffEffects(store: database, now: now()).run(e)
        case .meetings(let e): return try MeetingsEffects(store: database, now: now()).run(e)
        case .patrols(let e): return try PatrolsEffects(store: database, now: now()).run(e)
        }
    }
}
