import Foundation
import Domain
import ScreenKit

/// The form shown on a new database: the committee, its street office and the first user.
public struct FirstRunState: Equatable, Sendable {
    public var form: FormState

    public init() {
        form = FormState([
            FormField(id: "committee", label: "居委会名称", maxLength: 40),
            FormField(id: "street", label: "所属街道/镇", maxLength: 40),
            FormField(id: "name", label: "第一位用户姓名", maxLength: PersonName.maxLength),
            FormField(id: "roles", label: "角色", kind: .multiChoice(Role.allCases.map(\.title)),
                      selected: [Role.allCases.firstIndex(of: .secretary)!], hint: FormField.multiChoiceHint),
            FormField(id: "pin", label: "PIN", kind: .secret, maxLength: PinPolicy.maxDigits, hint: "4–8 位数字", width: 10),
            FormField(id: "pin2", label: "再次输入 PIN", kind: .secret, maxLength: PinPolicy.maxDigits, width: 10),
        ])
    }
}

/// The first-run form's reducer and view.
enum FirstRunFeature {
    // MARK: - Text

    static let title = "首次使用：建立居委会档案"
    static let intro = "请填写居委会信息和第一位用户（须含“书记”角色：只有书记能添加人员、分配角色）。"
    static func created(_ c: Committee, _ admin: Person) -> String { "已建立“\(c.name)”，欢迎，\(admin.name)" }
    static let needsSecretary = "第一位用户须含“书记”角色，否则无人能添加人员"

    // MARK: - Update

    static func handle(_ command: Command, _ state: inout FirstRunState) -> Step {
        switch command {
        case .nextField: state.form.nextField()
        case .previousField: state.form.previousField()
        case .submit: return submit(&state)
        default: break
        }
        return .none
    }

    static func submit(_ state: inout FirstRunState) -> Step {
        var form = state.form
        form.clearErrors()
        defer { state.form = form }
        guard let committee = form.required("committee"), let street = form.required("street"),
              let name = form.check("name", PersonName.validate(form["name"].text)),
              let roles = form.roles("roles") else { return .none }
        guard roles.contains(.secretary) else { form.fail("roles", needsSecretary); return .none }
        guard let pin = form.pin("pin", confirmation: "pin2") else { return .none }
        let c = Committee(name: committee, streetOffice: street)
        return .run(.initialize(committee: c, adminName: name, roles: roles, pin: pin))
    }

    // MARK: - View

    static func render(_ state: FirstRunState, into buffer: inout ScreenBuffer, rect: Rect) {
        buffer.put(title, x: rect.x, y: rect.y, role: .title)
        buffer.putParagraph(intro, x: rect.x, y: rect.y + 1, width: rect.width, maxLines: 2, role: .muted)
        state.form.render(into: &buffer, rect: Rect(x: rect.x, y: rect.y + 3, width: rect.width, height: rect.height - 3))
    }
}
