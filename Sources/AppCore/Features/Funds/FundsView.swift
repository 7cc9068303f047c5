import Domain
import ScreenKit

/// Draws the funds tab: the three funds' balances, the expenses with their state, and under
/// them the selected expense's route and the rules' warnings, each sentence as the rule gives it.
enum FundsView {
    // MARK: - Tab

    static func render(_ state: FundsState, _ context: TabContext, into buffer: inout ScreenBuffer, rect: Rect) {
        let keys = context.keys(.funds)
        guard let book = state.book, let rules = state.rules else {
            buffer.put(FundsText.loading, x: rect.x, y: rect.y, role: .muted)
            return
        }
        if let editor = state.editor, editor.isRequestForm {
            return RequestFormView.render(editor, book: book, rules: rules, context, into: &buffer, rect: rect)
        }
        switch state.page {
        case .expenses: renderExpenses(state, book, rules, keys, today: context.today, into: &buffer, rect: rect)
        case .ledger(let fund): LedgerView.render(fund, book: book, rules: rules, list: state.ledgerList, keys: keys, into: &buffer, rect: rect)
        case .plan: PlanView.render(book: book, rules: rules, list: state.planList, keys: keys, into: &buffer, rect: rect)
        case .report: DisclosureFeature.render(state, book: book, rules: rules, keys: keys, today: context.today,
                                                     into: &buffer, rect: rect)
        }
        if let editor = state.editor { renderDialog(editor, book: book, rules: rules, into: &buffer) }
        if let paying = state.paying {
            paying.render(keymap: context.keymap, reverseKey: keys(.reverse), into: &buffer)
        }
        state.correcting?.render(keymap: context.keymap, into: &buffer)
    }

    // MARK: - Expenses

    static func renderExpenses(_ state: FundsState, _ book: FundsBook, _ rules: RuleSet, _ keys: KeyNamer, today: LocalDate,
                               into buffer: inout ScreenBuffer, rect: Rect) {
        buffer.put(FundsText.yearTitle(book.year), x: rect.x, y: rect.y, role: .title)
        for (i, fund) in FundKind.allCases.enumerated() {
            buffer.put(DisplayWidth.fit(fund.title, to: 24) + FundsText.fundLine(fund, book),
                       x: rect.x, y: rect.y + 1 + i, maxWidth: rect.width, role: .normal)
        }
        let overdue = book.overdueEmergencies(today: today, rules: rules)
        if !overdue.isEmpty {
            buffer.put(FundsText.overdueLine(overdue, today: today, rules: rules), x: rect.x, y: rect.y + 4,
                       maxWidth: rect.width, role: .messageWarning)
        }
        guard !state.rows.isEmpty else {
            buffer.put(FundsText.noExpenses(keys), x: rect.x, y: rect.y + 5, maxWidth: rect.width, role: .muted)
            return
        }
        // The detail is never cut: its wrapped lines are counted first and the table gives way to them
        // (down to its header and the selected row).
        let detail = state.selected.map { detailLines($0, book: book, rules: rules, today: today, keys: keys) } ?? []
        let room = rect.maxY - rect.y - 5 - (detail.isEmpty ? 0 : 1) - rowCount(detail, width: rect.width)
        let table = Rect(x: rect.x, y: rect.y + 5, width: rect.width, height: max(2, min(8, state.rows.count + 1, room)))
        TableView.render(columns: columns, count: state.rows.count, row: { state.row(at: $0).map { row($0, rules) } ?? [] },
                         state: state.list, focused: state.editor == nil, into: &buffer, rect: table)
        put(detail, into: &buffer, rect: Rect(x: rect.x, y: table.maxY + 1, width: rect.width, height: rect.maxY - table.maxY - 1))
    }

    static let columns = [TableColumn("编号", width: 4), TableColumn("日期", width: 10), TableColumn("经费", width: 6),
                          TableColumn("用途类别", width: 14), TableColumn("金额", width: 11), TableColumn("收款方", width: 14),
                          TableColumn("状态", width: 10)]

    static func row(_ r: ExpenseRecord, _ rules: RuleSet) -> [String] {
        ["#\(r.id)", r.expense.date.iso, FundsText.tinyTitle(r.expense.fund), r.expense.category.title,
         Money.format(r.expense.amount), r.expense.payee, FundsText.status(r, rules: rules)]
    }

    /// The selected expense: what it is, its route, its decisions, review and payment, and the rules' warnings.
    static func detailLines(_ r: ExpenseRecord, book: FundsBook, rules: RuleSet, today: LocalDate, keys: KeyNamer) -> [(String, StyleRole)] {
        var lines: [(String, StyleRole)] = [(FundsText.detailHead(r), .label)]
        let approval = r.approvalVerdict(rules: rules)
        lines.append((approval.message, approval.isOK ? .messageOK : .message))
        lines += FundsText.batchLines(r, book: book, rules: rules)
        if let emergency = r.emergencyVerdict(today: today, rules: rules) {
            lines.append((emergency.message, emergency.severity >= .warning ? .messageWarning : .normal))
        }
        if !r.expense.inPlan, r.expense.caseDecision != nil { lines.append((r.planVerdict(rules: rules).message, .normal)) }
        let others = book.verdicts(on: r, rules: rules).problems.filter { $0.rule != .approval }
        lines += others.map { ($0.message, $0.severity == .refusal ? .messageError : .messageWarning) }
        if r.payment == nil, others.contains(where: { $0.rule == .officialCard }) { lines.append((FundsText.payByCard(keys), .message)) }
        lines += r.decisions.map { ($0.summary, $0.approved ? .normal : .messageError) }
        if let review = r.review { lines += FundsText.review(review).map { ($0, .normal) } }
        return lines + [r.payment, r.reversal].compactMap { $0 }.map { (FundsText.entry($0), .normal) }
    }

    /// Draws sentences wrapped to the rectangle's width; what does not fit is noted in the buffer's
    /// `clipped` (a test then fails), never dropped in silence.
    static func put(_ lines: [(String, StyleRole)], into buffer: inout ScreenBuffer, rect: Rect) {
        var y = rect.y
        for (text, role) in lines {
            if text.allSatisfy(\.isWhitespace) { y += 1; continue }
            y += buffer.putParagraph(text, x: rect.x, y: y, width: rect.width, maxLines: rect.maxY - y, role: role)
        }
    }

    /// How many rows `lines` take wrapped to `width`.
    static func rowCount(_ lines: [(String, StyleRole)], width: Int) -> Int {
        lines.reduce(0) { $0 + max(1, wrap($1.0, width: width).count) }
    }

    /// `text` wrapped to `width` columns by the rules of Chinese line breaking (`TextWrap`): no line
    /// opens on closing punctuation or ends on an opening one, and an amount is never split.
    static func wrap(_ text: String, width: Int) -> [String] { TextWrap.lines(text, width: width) }

    // MARK: - Dialogs

    /// The payment form's notes, wrapped to the dialog's width.
    static func payNotes(_ editor: FundsEditor, rules: RuleSet, width: Int) -> [String] {
        guard case .pay(let record, let methods) = editor.mode else { return [] }
        return [FundsText.payNotesHead] + PaymentForm.notes(record, methods: methods, rules: rules).flatMap { wrap($0, width: width) }
    }

    /// A form in a dialog; under the fields, what was set before (a budget's or a plan line's
    /// earlier versions, who set them and when), as many lines as fit at 24 rows.
    static func renderDialog(_ editor: FundsEditor, book: FundsBook, rules: RuleSet, into buffer: inout ScreenBuffer) {
        let fields = editor.form.fields.count * 2
        let notes = FundsText.earlier(editor, book: book) + payNotes(editor, rules: rules, width: 68)
        let earlier = Array(notes.prefix(max(0, buffer.height - fields - 6)))
        let height = fields + 3 + (earlier.isEmpty ? 0 : earlier.count + 1)
        let inner = Dialog.render(title: editor.title, width: 72, height: height, into: &buffer)
        let body = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: fields)
        editor.form.render(into: &buffer, rect: body, labelWidth: 10)
        for (i, line) in earlier.enumerated() {
            buffer.put(line, x: inner.x, y: body.maxY + i, maxWidth: inner.width, role: i == 0 ? .label : .muted)
        }
    }
}
