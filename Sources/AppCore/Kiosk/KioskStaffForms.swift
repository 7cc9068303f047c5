import Domain
import ScreenKit

/// What the staff program asks of storage for the touch screen.
public enum KioskStaffEffect: Equatable, Sendable {
    case loadProfile
    case saveProfile(KioskProfile, by: Int64)
    case postNotice(KioskNotice, by: Int64)
    /// The notices as posted, current and past, for the list (`m`).
    case loadNotices
    case withdrawNotice(id: Int64, reason: String, by: Int64)
}

/// The 书记's two forms on the people screen (F2) for the touch screen: 社区概况 (`k`) and a
/// 社区动态 notice (`n`), kept as `Permission.keepKiosk` says.
enum KioskStaffForms {
    /// The longest a field may be (本程序取值).
    static let lineLength = 60
    static let bodyLength = 400

    static func profileForm(_ p: KioskProfile?) -> FormState {
        FormState([
            FormField(id: "address", label: KioskText.address, value: p?.address ?? "", maxLength: lineLength),
            FormField(id: "area", label: KioskText.area, value: p?.area ?? "", maxLength: 20, width: 20),
            FormField(id: "households", label: KioskText.households, value: p?.households ?? "", maxLength: 20, width: 20),
            FormField(id: "team", label: KioskText.team, value: (p?.team ?? []).joined(separator: "；"), maxLength: bodyLength,
                      hint: KioskText.teamHint),
        ])
    }

    static func noticeForm() -> FormState {
        FormState([
            FormField(id: "title", label: KioskText.noticeTitleLabel, maxLength: 40),
            FormField(id: "date", label: KioskText.noticeDateLabel, maxLength: 10, hint: KioskText.dateHint, width: 12),
            FormField(id: "body", label: KioskText.noticeBodyLabel, maxLength: bodyLength),
            FormField(id: "until", label: KioskText.noticeUntilLabel, maxLength: 10, hint: KioskText.dateHint, width: 12),
        ])
    }

    static func withdrawForm() -> FormState {
        FormState([FormField(id: "reason", label: KioskText.withdrawReasonLabel, maxLength: KioskText.withdrawReasonLength)])
    }

    /// The profile form filled with what was saved last.
    static func profileEditor(_ profile: KioskProfile?) -> PeopleEditor {
        var editor = PeopleEditor(.kioskProfile)
        editor.form = profileForm(profile)
        return editor
    }

    static func submit(_ editor: inout PeopleEditor, user: Person) -> Step {
        switch editor.mode {
        case .kioskProfile: return submitProfile(&editor.form, user: user)
        case .kioskWithdraw(let notice):
            guard let reason = editor.form.required("reason") else { return .none }
            return .run(.kiosk(.withdrawNotice(id: notice.id, reason: reason, by: user.id)))
        default: return submitNotice(&editor.form, user: user)
        }
    }

    private static func submitProfile(_ form: inout FormState, user: Person) -> Step {
        guard let address = form.required("address"), let area = form.optional("area"),
              let households = form.optional("households"), let team = form.optional("team") else { return .none }
        let lines = team.split(whereSeparator: { $0 == "；" || $0 == ";" }).map { $0.trimmingCharacters(in: .whitespaces) }
        let profile = KioskProfile(address: address, area: area, households: households, team: lines.filter { !$0.isEmpty })
        return .run(.kiosk(.saveProfile(profile, by: user.id)))
    }

    private static func submitNotice(_ form: inout FormState, user: Person) -> Step {
        guard let title = form.required("title"), let body = form.required("body"),
              let date = day(&form, "date"), let until = day(&form, "until") else { return .none }
        guard until >= date else {
            form.fail("until", KioskText.untilBeforeDate)
            return .none
        }
        return .run(.kiosk(.postNotice(KioskNotice(id: 0, title: title, date: date, body: body, until: until), by: user.id)))
    }

    private static func day(_ form: inout FormState, _ id: String) -> LocalDate? {
        guard let text = form.required(id) else { return nil }
        guard let day = LocalDate(iso: text) else {
            form.fail(id, KioskText.dateInvalid(text))
            return nil
        }
        return day
    }
}
