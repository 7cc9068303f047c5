import AppCore
import Domain
import Foundation
import Storage

/// What the staff keep of the touch screen, against `KioskStaffStore`.
struct KioskStaffEffects {
    let store: any KioskStaffStore
    let now: Date

    func run(_ effect: KioskStaffEffect) throws -> Action {
        switch effect {
        case .loadProfile: return .kioskProfileLoaded(try store.kioskProfile())
        case .saveProfile(let profile, let actor):
            try store.saveKioskProfile(profile, by: actor, at: now)
            return .saved(KioskText.profileSaved)
        case .postNotice(let notice, let actor):
            let posted = try store.postKioskNotice(notice, by: actor, at: now)
            return .kioskNoticesLoaded(try store.kioskNoticesPosted(), message: KioskText.noticePosted(posted))
        case .loadNotices: return .kioskNoticesLoaded(try store.kioskNoticesPosted(), message: nil)
        case .withdrawNotice(let id, let reason, let actor):
            let withdrawn = try store.withdrawKioskNotice(id, reason: reason, by: actor, at: now)
            return .kioskNoticesLoaded(try store.kioskNoticesPosted(), message: KioskText.withdrawn(withdrawn.notice))
        }
    }
}
