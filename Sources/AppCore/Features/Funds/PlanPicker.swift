import Domain
import ScreenKit

/// The plan-line picker of the request form (附件一 三(一)): Enter on the project field lists the
/// current plan lines of the chosen fund; what is typed into the project field filters them; ↑↓
/// choose and Enter fills the project and its category. The last row takes the expense outside
/// the plan, which is paid only after its 一事一议 decision is recorded.
public struct PlanPicker: Equatable, Sendable {
    public var list = ListState()

    /// The plan lines shown for `form`'s fund and project text.
    static func lines(_ form: FormState, plan: FundPlan) -> [PlanLine] {
        plan.choices(fund: FundsForms.fund(form), filter: form["project"].text)
    }
}

enum PlanPickerFeature {
    // MARK: - Opening

    /// Opens the picker when Enter is pressed on the project field of a request and the fund has plan lines.
    static func opens(_ command: Command, _ editor: FundsEditor, plan: FundPlan?) -> Bool {
        guard command == .submit, editor.isRequestForm, editor.picker == nil, let plan,
              editor.form.focused.id == "project" else { return false }
        return !plan.choices(fund: FundsForms.fund(editor.form)).isEmpty
    }

    // MARK: - Keys

    /// Up and Down (the form's previous and next field) move, Enter chooses, Esc closes.
    static func handle(_ command: Command, _ editor: inout FundsEditor, plan: FundPlan, keys: KeyNamer) -> Step {
        let lines = PlanPicker.lines(editor.form, plan: plan)
        let count = lines.count + 1
        switch command {
        case .previousField: editor.picker?.list.move(-1, count: count)
        case .nextField: editor.picker?.list.move(1, count: count)
        case .cancel: editor.picker = nil
        case .submit:
            let chosen = editor.picker?.list.selected ?? 0
            editor.picker = nil
            guard let line = lines[safe: chosen] else {
                focus(after: "project", &editor.form)
                return Step(message: .init(FundsText.outsidePlanChosen(keys), .warning))
            }
            fill(line, &editor.form)
        default: break
        }
        return .none
    }

    /// After typing into the project field: the selection stays inside the filtered lines.
    static func clamp(_ editor: inout FundsEditor, plan: FundPlan?) {
        guard editor.picker != nil, let plan else { return }
        editor.picker?.list.clamp(count: PlanPicker.lines(editor.form, plan: plan).count + 1)
    }

    /// The line's project and category go into the form; the focus moves on to the amount.
    static func fill(_ line: PlanLine, _ form: inout FormState) {
        form["project"].input = TextInput(line.project, maxLength: form["project"].input.maxLength)
        form["category"].selected = [line.fund.categories.firstIndex(of: line.category) ?? 0]
        focus(after: "project", &form)
    }

    private static func focus(after id: String, _ form: inout FormState) {
        form.focus = (form.fields.firstIndex { $0.id == id } ?? form.focus) + 1
    }

    // MARK: - Drawing

    /// The picker in `rect`: a heading with its keys, the lines with what each has left, and the outside row.
    static func render(_ picker: PlanPicker, form: FormState, book: FundsBook, _ context: TabContext, into buffer: inout ScreenBuffer,
                       rect: Rect) {
        buffer.fill(rect, role: .normal)
        buffer.put(FundsText.pickerTitle(FundsForms.fund(form), context.formKeys), x: rect.x, y: rect.y, maxWidth: rect.width, role: .label)
        let lines = PlanPicker.lines(form, plan: book.plan)
        let rows = lines.map { l in
            ["#\(l.id)", l.category.title, l.project, Money.format(l.amount), Money.format(l.amount - book.spent(onLine: l))]
        } + [["", FundsText.outsidePlanKind, FundsText.outsidePlanRow(context.keys(.funds)), "", ""]]
        TableView.render(columns: columns, rows: rows, state: picker.list, into: &buffer,
                         rect: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1))
    }

    static let columns = [TableColumn("编号", width: 4), TableColumn("用途类别", width: 14), TableColumn("项目", width: 32),
                          TableColumn("计划", width: 11), TableColumn("余额", width: 11)]
}
