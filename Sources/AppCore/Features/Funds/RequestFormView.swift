import Domain
import ScreenKit

/// Draws the request form over the whole tab, one field a row (`renderRows`, an error in place of
/// the hint, wrapped under the fields when longer) so that all thirteen fit at 80×24; options that
/// do not fit on a line (the category's) show one at a time. Under the fields, as soon as the amount is valid: the approval route
/// with its clause and every warning of the rules about this request; while the plan-line picker is
/// open, the picker in their place.
enum RequestFormView {
    static let labelWidth = 10

    static func render(_ editor: FundsEditor, book: FundsBook, rules: RuleSet, _ context: TabContext, into buffer: inout ScreenBuffer,
                       rect: Rect) {
        let form = editor.form
        buffer.put(editor.title, x: rect.x, y: rect.y, role: .title)
        let body = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)   // no blank row: 13 fields and the rules' lines fit 24 rows
        let end = form.renderRows(into: &buffer, rect: body, labelWidth: labelWidth)   // an error too long for its row wraps below
        if let picker = editor.picker {
            let below = Rect(x: rect.x, y: end + 1, width: rect.width, height: max(0, rect.maxY - end - 1))
            return PlanPickerFeature.render(picker, form: form, book: book, context, into: &buffer, rect: below)
        }
        let sentences = route(form, batch: editor.mode == .batch, book: book, rules: rules).map { line in
            FundsView.wrap(line.0, width: rect.width).map { ($0, line.1) }
        }
        let gap = rect.maxY - end > sentences.joined().count ? 1 : 0   // the blank row only when every line still fits
        let notes = Rect(x: rect.x, y: end + gap, width: rect.width, height: max(0, rect.maxY - end - gap))
        let pages = pages(sentences, height: notes.height)
        guard !pages.isEmpty else { return }
        let shown = ((editor.notesPage % pages.count) + pages.count) % pages.count
        for (i, row) in pages[shown].enumerated() {
            buffer.put(row.0, x: rect.x, y: notes.y + i, maxWidth: rect.width, role: row.1)
        }
        if pages.count > 1 {   // on the title row, so that the notes keep every row under the fields
            let turn = FundsText.notesPage(shown + 1, of: pages.count, context.formKeys)
            buffer.put(turn, x: rect.maxX - DisplayWidth.of(turn), y: rect.y, role: .messageWarning)
        }
    }

    /// The wrapped sentences in pages of at most `height` rows, a sentence never split across two pages
    /// unless it alone is taller than a page (four refusals at once do not fit under thirteen fields).
    static func pages(_ sentences: [[(String, StyleRole)]], height: Int) -> [[(String, StyleRole)]] {
        let height = max(1, height)
        var pages: [[(String, StyleRole)]] = [], page: [(String, StyleRole)] = []
        for sentence in sentences {
            if page.count + sentence.count > height, !page.isEmpty { pages.append(page); page = [] }
            for row in sentence {
                if page.count == height { pages.append(page); page = [] }
                page.append(row)
            }
        }
        return page.isEmpty ? pages : pages + [page]
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
            let shown = Set(form.fields.compactMap(\.error))   // a refusal already under its field is not said twice
            lines += verdicts.filter { !shown.contains($0.message) }
                .map { ($0.message, $0.severity == .refusal ? .messageError : .messageWarning) }
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
