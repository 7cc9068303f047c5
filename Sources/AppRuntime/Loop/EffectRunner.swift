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
        case .loadStartup:
            return .startupLoaded(committee: try database.committee(), people: try database.people(includeInactive: false))
        case .initialize(let committee, let name, let roles, let pin):
            let admin = try database.initialize(committee: committee, adminName: name, adminRoles: roles, pin: pin, at: now())
            return .initialized(committee: committee, admin: admin)
        case .login(let id, let pin): return .loginResult(Self.result(try database.verifyLogin(personID: id, pin: pin, now: now())))
        case .setOwnPin(let id, let pin): return .loginResult(.success(try database.setOwnPin(for: id, pin: pin, at: now())))
        case .loadPeople: return .peopleLoaded(try database.people(includeInactive: true))
        case .addPerson(let name, let roles, let zone, let pin, let actor):
            let p = try database.addPerson(name: name, roles: roles, zone: zone, pin: pin, by: actor, at: now())
            return .saved(RuntimeText.added(p))
        case .setRoles(let id, let roles, let actor):
            let p = try database.setRoles(roles, for: id, by: actor, at: now())
            return .saved(RuntimeText.rolesSet(p))
        case .resetPin(let id, let pin, let actor):
            let p = try database.resetPin(for: id, newPin: pin, by: actor, at: now())
            return .saved(RuntimeText.pinReset(p, pinGiven: pin != nil))
        case .visits(let e): return .visits(try VisitsEffects(store: database, now: now()).run(e))
        case .setActive(let id, let active, let actor):
            let p = try database.setActive(active, for: id, by: actor, at: now())
            return .saved(RuntimeText.activeSet(p))
        case .funds(let effect): return try FundsEffects(store: database, now: now()).run(effect)
        case .searchPolicies(let query): return try PolicyEffects(store: database).search(query)
        case .duty(let e): return try DutyEffects(store: database, now: now()).run(e)
        case .reception(let effect): return .reception(try ReceptionEffects(store: database, now: now()).run(effect))
        case .points(let e): return try PointsEffects(store: database, now: now()).run(e)
        case .training(let e): return try TrainingEffects(store: database, now: now(), isPractice: isPractice).run(e)
        case .resetPractice: return try PracticeSandbox.reset(open: database, isPractice: isPractice, today: ShanghaiCalendar.day(of: now()))
        case .saveDraft, .discardDraft, .loadDrafts: return try DraftEffects(store: database, now: now()).run(effect)
        case .noteViewed(let record, let actor):
            try database.noteViewed(record, by: actor, at: now())
            return .viewNoted
        case .loadRecordViews(let actor): return .recordViewsLoaded(try database.recordViews(month: nil, by: actor))
        case .lookUpRooms(let typed): return .roomsFound(typed: typed, try database.roomCandidates(typed, limit: RoomLookup.limit))
        }
    }

    static func result(_ outcome: LoginOutcome) -> LoginResult {
        switch outcome {
        case .success(let p): return .success(p)
        case .wrongPin(let message): return .wrongPin(message)
        case .locked(let until, let message): return .locked(message, until: until)
        case .needsNewPin(let p): return .needsNewPin(p)
        case .inactive: return .inactive
        }
    }
}

/// The runtime's Chinese messages.
enum RuntimeText {
    static func added(_ p: Person) -> String {
        "已添加 \(p.name)（\(Role.describe(p.roles))）" + (p.hasPin ? "" : "，首次登录时设置 PIN")
    }
    static func rolesSet(_ p: Person) -> String { "已将 \(p.name) 的角色设为：\(Role.describe(p.roles))" }
    static func pinReset(_ p: Person, pinGiven: Bool) -> String {
        pinGiven ? "已为 \(p.name) 设置新 PIN" : "已清除 \(p.name) 的 PIN，本人下次登录时设置"
    }
    static func activeSet(_ p: Person) -> String { p.isActive ? "已启用 \(p.name)" : "已停用 \(p.name)" }
}
