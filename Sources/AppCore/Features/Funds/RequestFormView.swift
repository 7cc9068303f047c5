import Domain
import ScreenKit

/// Draws the request form over the whole tab, one field a row (`renderRows`, an error in place of
/// the hint) so that all ten fit at 80×24; the category's options do not fit on a line, so the
/// widget shows one at a time. Under the fields, as soon as the amount is valid: the approval route
/// with its clause and every warning of the rules about this request; while the plan-line picker is
/// open, the picker in their place.
enum RequestFormView {
    static let labelWidth = 10

    static func render(_ editor: FundsEditor, book: FundsBook, rules: RuleSet, _ context: TabContext, into buffer: inout ScreenBuffer,
                       rect: Rect) {
        let form = editor.form
        buffer.put(editor.title, x: rect.x, y: rect.y, role: .title)
        let body = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: form.fields.count)
        form.renderRows(into: &buffer, rect: body, labelWidth: labelWidth)
        let below = Rect(x: rect.x, y: body.maxY + 1, width: rect.width, height: rect.maxY - body.maxY - 1)
        if let picker = editor.picker {
            return PlanPickerFeature.render(picker, form: form, book: book, context, into: &buffer, rect: below)
        }
        FundsView.put(route(form, batch: editor.mode == .batch, book: book, rules: rules), into: &buffer, rect: below)
    }

    /// The route of the amount typed (a batch application's whatever its total; the street's when the
    /// committee has no two people to approve it) and the rules' warnings, or nothing until it is a valid amount.
    static func route(_ form: FormState, batch: Bool, book: FundsBook, rules: RuleSet) -> [(String, StyleRole)] {
        guard case .success(let fen) = FundsForms.typedAmount(form) else { return [] }
        let approvers = book.verbalApprovers   // empty only in a book not read from storage (a committee always has a 书记)
        let noPair = fen <= rules.money.localLimit && !approvers.isEmpty && !ExpenseApproval.hasLocalPair(excluding: 0, among: approvers)
        let sentence = batch ? RouteSentence.batch(rules: rules)
            : noPair ? RouteSentence.noLocalPair(rules: rules) : RouteSentence.of(fen, rules: rules)
        var lines: [(String, StyleRole)] = [("审批路线：" + sentence, .messageOK)]
        if let date = LocalDate(iso: form["date"].text.trimmingCharacters(in: .whitespaces)) {
            let request = FundsForms.typed(form, amount: fen, date: date)
            let verdicts = book.verdicts(on: draft(request, plan: book.plan), rules: rules).problems.filter { $0.rule != .approval }
            lines += verdicts.map { ($0.message, $0.severity == .refusal ? .messageError : .messageWarning) }
        }
        return lines + payeeLine(form, book: book)
    }

    /// Whether the payee typed is recorded as a 单位 or a 个人, or must be chosen (first use).
    static func payeeLine(_ form: FormState, book: FundsBook) -> [(String, StyleRole)] {
        let payee = form["payee"].text.trimmingCharacters(in: .whitespaces)
        if payee.isEmpty { return [] }
        if let kind = book.payeeKinds[payee] { return [(PayeeKind.recorded(payee, kind), .normal)] }
        return FundsForms.payeeKind(form) == nil ? [(FundsText.payeeFirstUse(payee), .messageWarning)] : []
    }

    /// The request as an unsaved record (id 0), for the rules to look at with the year's others and its plan.
    static func draft(_ r: ExpenseRequest, plan: FundPlan) -> ExpenseRecord {
        var expense = r.expense(id: 0, requesterID: 0)
        expense.inPlan = plan.line(fund: r.fund, project: r.project) != nil
        expense.yearHasPlan = !plan.isEmpty
        return ExpenseRecord(expense: expense, project: r.project, receipts: r.receipts, requester: Person(id: 0, name: "", roles: []))
    }
}
