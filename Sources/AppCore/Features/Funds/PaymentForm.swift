import Domain
import ScreenKit

/// The payment of an approved expense (`p`, 附件一 三(三)): a form for the day the money went, the
/// 付款凭证号 and the method (only the methods the expense's spending item may be paid by), then a
/// dialog that says what the payment freezes before it is written.
enum PaymentForm {
    /// The form for `record`, dated `today`, the method the request named when it is allowed, else the first allowed.
    static func form(_ record: ExpenseRecord, methods: [PaymentMethod], today: LocalDate) -> FormState {
        let chosen = methods.firstIndex(of: record.expense.payment) ?? 0
        return FormState([
            FormField(id: "date", label: "支付日期", kind: .date, value: today.iso, maxLength: 10, hint: "YYYY-MM-DD", width: 12),
            FormField(id: "voucher", label: PaymentDetails.voucherName, maxLength: PaymentDetails.voucherMaxLength, hint: "发票号码或收据编号", width: 24),
            FormField(id: "method", label: "支付方式", kind: .choice(methods.map(\.title)), selected: [chosen]),
        ])
    }

    /// The sentences under the form: what the 付款凭证号 may be, and the method's rule with its source.
    static func notes(_ record: ExpenseRecord, methods: [PaymentMethod], rules: RuleSet) -> [String] {
        var notes = [PaymentDetails.voucherRule, FundsText.payableFrom(record)]
        if methods.count < PaymentMethod.allCases.count {
            notes.append(FundsText.methodsLimited(record, methods: methods, rules: rules))
        }
        return notes
    }

    /// The details typed, or nil with the problems under their fields (the domain's rule, as storage asks it).
    static func details(_ form: inout FormState, record: ExpenseRecord, methods: [PaymentMethod], today: LocalDate,
                        rules: RuleSet) -> PaymentDetails? {
        form.clearErrors()
        guard let date = FundsForms.date(&form, "date") else { return nil }
        let method = methods[min(form["method"].selected.first ?? 0, methods.count - 1)]
        let details = PaymentDetails(date: date, voucher: form["voucher"].text, method: method).trimmed
        if let problem = PaymentDetails.voucherProblem(details.voucher) { form.fail("voucher", problem); return nil }
        if let problem = details.problem(for: record, today: today, rules: rules) { form.fail("date", problem); return nil }
        return details
    }
}

/// A payment waiting for the bookkeeper's yes: the expense, the details typed, and what it freezes.
public struct PaymentConfirm: Equatable, Sendable {
    var record: ExpenseRecord
    var details: PaymentDetails

    static let width = 70

    /// The write, once the bookkeeper says yes.
    func effect(by user: Int64) -> Effect { .funds(.pay(expenseID: record.id, details, by: user)) }

    func render(keymap: Keymap, reverseKey: String, into buffer: inout ScreenBuffer) {
        let body = FundsText.payConfirm(record, details, reverseKey: reverseKey)
        let paragraphs = body.enumerated().flatMap { i, text in [(text, i == body.count - 1 ? StyleRole.messageWarning : .dialog), ("", .dialog)] }
        Dialog.confirm(title: FundsText.payConfirmTitle(record), width: Self.width, body: paragraphs,
                       keys: keymap.confirmLine(yes: "支付"), into: &buffer)
    }
}
