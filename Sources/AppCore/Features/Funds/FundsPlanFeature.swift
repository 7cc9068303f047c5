import Domain
import ScreenKit

/// The plan page of the funds tab (附件一 三(一)): opening the forms of a plan line, a revision,
/// the meeting report and a budget, and turning them into effects. The secretary or the
/// director keeps the plan; only the secretary sets budgets; storage checks both again.
enum FundsPlanFeature {
    // MARK: - Opening

    static func open(_ command: Command, _ state: inout FundsState, _ context: TabContext) -> Step {
        guard let book = state.book, state.rules != nil else { return .none }
        let user = context.user, keys = context.keys(.funds)
        let permission = KeyAccess.permission(for: command, in: .funds) ?? .planFunds   // `a` on the plan page: a plan line
        if let refusal = permission.refusal(for: user) { return .error(refusal) }
        if command == .budget {
            state.editor = FundsEditor(mode: .budget, form: budget())
            return .none
        }
        switch command {
        case .planReport:
            state.editor = FundsEditor(mode: .planReport, form: report(today: context.today))
        case .planRevise:
            guard state.page == .plan, let line = selected(state, book) else { return .error(FundsText.selectPlanLine(keys)) }
            state.editor = FundsEditor(mode: .planLine(revising: line), form: revise(line))
        default:
            state.editor = FundsEditor(mode: .planLine(revising: nil), form: line())
        }
        return .none
    }

    /// The current plan line under the cursor.
    static func selected(_ state: FundsState, _ book: FundsBook) -> PlanLine? {
        let lines = book.plan.current
        return lines[safe: state.planList.selected]
    }

    // MARK: - Forms

    static func line() -> FormState {
        FormState([
            FormField(id: "fund", label: "经费", kind: .choice(FundKind.allCases.map(FundsText.shortTitle))),
            FundsForms.categoryField(.committee),
            FormField(id: "project", label: "项目", maxLength: 40, width: 30),
            FormField(id: "amount", label: "计划金额", kind: .amount, maxLength: 20, hint: FundsText.amountHint, width: 14),
        ])
    }

    static func revise(_ line: PlanLine) -> FormState {
        FormState([
            FormField(id: "amount", label: "新金额", kind: .amount, value: Money.yuan(line.amount), maxLength: 20,
                      hint: "0 表示撤销", width: 14),
            FormField(id: "reason", label: "修订理由", maxLength: 60, width: 40),
        ])
    }

    static func report(today: LocalDate) -> FormState {
        FormState([
            FormField(id: "meeting", label: "会议", kind: .choice(PlanReport.Meeting.allCases.map(\.title))),
            FormField(id: "date", label: "报告日期", kind: .date, value: today.iso, maxLength: 10, hint: "YYYY-MM-DD", width: 12),
        ])
    }

    static func budget() -> FormState {
        FormState([
            FormField(id: "fund", label: "经费", kind: .choice(FundKind.allCases.map(FundsText.shortTitle))),
            FormField(id: "amount", label: "年度预算", kind: .amount, maxLength: 20, hint: FundsText.amountHint, width: 14),
        ])
    }

    // MARK: - Submitting

    /// The effect of a submitted plan form, or nil with the problems under the fields.
    static func submit(_ editor: inout FundsEditor, user: Person, year: Int) -> FundsEffect? {
        var form = editor.form
        defer { editor.form = form }
        switch editor.mode {
        case .planLine(let old?):
            guard let amount = FundsForms.checkedAmount(&form, allowZero: true), let reason = form.required("reason") else {
                return nil
            }
            let line = PlanLine(id: 0, fund: old.fund, category: old.category, project: old.project, amount: amount,
                                revises: old.id, reason: reason)
            return .savePlanLine(line, year: year, by: user.id)
        case .planLine(nil):
            let fund = FundsForms.fund(form)
            let category = fund.categories[form["category"].selected.first ?? 0]
            guard let project = form.required("project"),
                  let amount = FundsForms.checkedAmount(&form) else { return nil }
            return .savePlanLine(PlanLine(id: 0, fund: fund, category: category, project: project, amount: amount),
                                 year: year, by: user.id)
        case .planReport:
            guard let date = FundsForms.date(&form, "date") else { return nil }
            let meeting = PlanReport.Meeting.allCases[form["meeting"].selected.first ?? 0]
            return .planReport(PlanReport(meeting: meeting, date: date), year: year, by: user.id)
        default:
            guard let amount = FundsForms.checkedAmount(&form) else { return nil }
            return .setBudget(FundsForms.fund(form), amount: amount, year: year, by: user.id)
        }
    }
}
