import Domain
import Foundation
import ScreenKit

/// Work that `update` asks the runtime to do against storage; each comes back as an `Action`.
public enum Effect: Equatable, Sendable {
    case loadStartup
    case initialize(committee: Committee, adminName: String, roles: Set<Role>, pin: String)
    case login(personID: Int64, pin: String)
    case setOwnPin(personID: Int64, pin: String)
    case loadPeople
    case addPerson(name: String, roles: Set<Role>, zone: String?, pin: String?, by: Int64)
    case setRoles(personID: Int64, roles: Set<Role>, by: Int64)
    case resetPin(personID: Int64, pin: String?, by: Int64)
    case setActive(personID: Int64, active: Bool, by: Int64)
    case visits(VisitsEffect)
    case funds(FundsEffect)
    /// The policy library's items for what is typed in the reception tab's search field.
    case searchPolicies(query: String)
    case duty(DutyEffect)
    /// The reception log's work (首问接待记录册).
    case reception(ReceptionEffect)
    case points(PointsEffect)
    case quit
    case training(TrainingEffect)
    /// Replace the practice sandbox with a fresh copy of the demo data.
    case resetPractice
    /// Writes what is typed in an open form (never a PIN), replacing the person's earlier draft of that form.
    case saveDraft(personID: Int64, FormDraft)
    /// Removes the draft of a form saved or cancelled on purpose, or discarded in the restore dialog.
    case discardDraft(personID: Int64, key: String)
    /// The drafts a person left, looked for at login.
    case loadDrafts(personID: Int64)
    /// Writes to the audit log that `by` opened a resident's full details (never the details).
    case noteViewed(ViewedRecord, by: Int64)
    /// Reads the view log (who opened which record) for the secretary.
    case loadRecordViews(by: Int64)
    /// Reads the households whose room matches `typed`, for a form's room completion.
    case lookUpRooms(String)
    /// The residents' touch screen as staff keep it: its profile read for the form, a profile saved, a notice posted.
    case kiosk(KioskStaffEffect)
}

/// The answer to a login attempt, as the login screen needs it.
public enum LoginResult: Equatable, Sendable {
    case success(Person)
    case wrongPin(String)
    /// Locked out after wrong PINs: the explanation and, when known, until when.
    case locked(String, until: Date? = nil)
    case needsNewPin(Person)
    case inactive
}

/// Something that happened: a key, a new size, the clock, or the result of an effect.
public enum Action: Equatable, Sendable {
    case key(Key)
    /// A click or the wheel, when the terminal reports the mouse (`StaffMouse`).
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    case tick(Date)
    case startupLoaded(committee: Committee?, people: [Person])
    case initialized(committee: Committee, admin: Person)
    case loginResult(LoginResult)
    case peopleLoaded([Person])
    /// The answer to `searchPolicies`, with the text it answers.
    case policiesFound(query: String, items: [PolicyItem])
    case saved(String)
    /// The touch screen's profile, read for the 书记's form (nil before the first).
    case kioskProfileLoaded(KioskProfile?)
    /// The touch screen's notices as posted, for the 书记's list, and what was just done to them.
    case kioskNoticesLoaded([PostedKioskNotice], message: String?)
    case funds(FundsResult)
    case failed(String)
    case visits(VisitsResult)
    case duty(DutyResult)
    case reception(ReceptionResult)
    case points(PointsResult)
    case training(TrainingResult)
    /// The sandbox was reset; `reload` when the open database itself was replaced (practice mode).
    case practiceReset(message: String, reload: Bool)
    /// The drafts found by `loadDrafts`, newest first.
    case draftsLoaded([FormDraft])
    /// A draft was written or removed.
    case draftKept
    /// A look at a record was written to the audit log; nothing to show.
    case viewNoted
    case recordViewsLoaded([RecordViewEntry])
    /// The households whose room matches `typed` (`RoomLookup`).
    case roomsFound(typed: String, [Household])
}
