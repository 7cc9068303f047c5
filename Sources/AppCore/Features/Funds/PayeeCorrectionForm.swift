import Domain
import ScreenKit

/// Correcting a payee's 单位/个人 (key `k` on an expense): a small form (the kind, the reason), then a
/// question that says what stays and what the disclosure will print; yes writes a new record that
/// points at the first answer (`AppDatabase.correctPayeeKind`), never an edit of it.
enum PayeeCorrectionForm {
    /// The form for the selected expense's payee, the other kind chosen, or why it cannot be opened.
    static func open(_ state: inout FundsState, user: Person) -> Step {
        guard state.page == .expenses, let record = state.selected else { return .error(FundsText.selectFirst) }
        if let refusal = Permission.correctPayeeKind.refusal(for: user) { return .error(refusal) }
        let payee = record.expense.payee, current = state.book?.payeeKinds[payee]
        let other = PayeeKind.allCases.firstIndex { $0 != current } ?? 0
        state.editor = FundsEditor(mode: .payeeKind(payee, current: current), form: FormState([
            FormField(id: "kind", label: "改为", kind: .choice(PayeeKind.allCases.map(\.title)), selected: [other]),
            FormField(id: "reason", label: "更正理由", maxLength: PayeeCorrection.reasonMaxLength, hint: "必填", width: 40),
        ]))
        return .none
    }

    /// The correction typed, waiting for the yes; nil with the reason under its field when it cannot be written.
    static func submit(_ form: inout FormState, payee: String, current: PayeeKind?) -> PayeeCorrectionConfirm? {
        let kind = PayeeKind.allCases[form["kind"].selected.first ?? 0]
        let correction = PayeeCorrection(payee: payee, kind: kind, reason: form["reason"].text.trimmingCharacters(in: .whitespaces))
        if let problem = correction.problem(current: current) {
            form.fail(correction.reason.isEmpty || problem.contains("理由") ? "reason" : "kind", problem)
            return nil
        }
        return PayeeCorrectionConfirm(correction: correction, current: current)
    }

    /// The answer to the question: yes writes it, no or Esc goes back to the form as it was typed.
    static func answer(_ command: Command, _ asking: PayeeCorrectionConfirm, _ state: inout FundsState, user: Person) -> Step {
        switch command {
        case .confirm:
            state.correcting = nil
            return .run(.funds(.correctPayeeKind(asking.correction, by: user.id)))
        case .deny, .cancel: state.correcting = nil
        default: break
        }
        return .none
    }
}

/// A payee correction waiting for its yes: what it changes and what stays.
public struct PayeeCorrectionConfirm: Equatable, Sendable {
    var correction: PayeeCorrection
    var current: PayeeKind?

    func render(keymap: Keymap, into buffer: inout ScreenBuffer) {
        let body = FundsText.payeeCorrectionConfirm(correction, current: current)
        let paragraphs = body.flatMap { [($0, StyleRole.dialog), ("", StyleRole.dialog)] }.dropLast()
        Dialog.confirm(title: FundsText.payeeCorrectionTitle, width: 70, body: Array(paragraphs),
                       keys: keymap.confirmLine(yes: "更正"), into: &buffer)
    }
}
