import Domain
import ScreenKit

/// Draws the request form over the whole tab, with the category shown as one scrollable choice
/// (the foundation's seven uses do not fit on a line) and, as soon as the amount is valid, the
/// approval route with its clause, and the rules' warnings about this request.
enum RequestFormView {
    static let labelWidth = 10

    static func render(_ form: FormState, title: String, book: FundsBook, rules: RuleSet, into buffer: inout ScreenBuffer,
                       rect: Rect) {
        buffer.put(title, x: rect.x, y: rect.y, role: .title)
        let body = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 2)
        form.render(into: &buffer, rect: body, labelWidth: labelWidth)
        renderCategory(form, into: &buffer, rect: body)
        renderRoute(form, book: book, rules: rules, into: &buffer, y: rect.maxY - 1, rect: rect)
    }

    /// Replaces the category's row by "‹ 当前类别 ›  ←→ 选择（2/5）".
    static func renderCategory(_ form: FormState, into buffer: inout ScreenBuffer, rect: Rect) {
        guard let index = form.fields.firstIndex(where: { $0.id == "category" }) else { return }
        let field = form.fields[index]
        let x = rect.x + labelWidth + 2, y = rect.y + index * 2
        let chosen = field.selected.first ?? 0
        let focused = index == form.focus
        buffer.fill(Rect(x: x, y: y, width: rect.maxX - x, height: 1), role: .normal)
        let used = buffer.put("‹ \(field.options[chosen]) ›", x: x, y: y, role: focused ? .fieldFocused : .field)
        buffer.put("\(FundsText.categoryKeys)（\(chosen + 1)/\(field.options.count)）", x: x + used + 2, y: y,
                   maxWidth: rect.maxX - x - used - 2, role: .muted)
    }

    /// The route of the amount typed, or nothing until it is a valid amount.
    static func renderRoute(_ form: FormState, book: FundsBook, rules: RuleSet, into buffer: inout ScreenBuffer, y: Int, rect: Rect) {
        guard case .success(let fen) = Money.parse(form["amount"].text) else { return }
        var line = "审批路线：" + RouteSentence.of(fen, rules: rules)
        var role = StyleRole.messageOK
        var copy = form
        if var request = FundsForms.request(&copy) {
            request.amount = fen
            let verdicts = book.verdicts(on: draft(request), rules: rules).problems.filter { $0.rule != .approval }
            if let worst = verdicts.max(by: { $0.severity < $1.severity }) {
                line += "  " + worst.message
                role = worst.severity == .refusal ? .messageError : .messageWarning
            }
        }
        buffer.put(DisplayWidth.fit(line, to: rect.width), x: rect.x, y: y, role: role)
    }

    /// The request as an unsaved record (id 0), for the rules to look at with the year's others.
    static func draft(_ r: ExpenseRequest) -> ExpenseRecord {
        ExpenseRecord(expense: r.expense(id: 0, requesterID: 0), project: r.project, receipts: r.receipts,
                      requester: Person(id: 0, name: "", roles: []))
    }
}
