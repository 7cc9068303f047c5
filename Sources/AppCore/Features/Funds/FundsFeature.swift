import Domain
import ScreenKit

/// The funds tab's reducer: moving through the expenses and ledgers, opening the forms, and
/// turning their answers into effects. Who may do what is also checked by storage; here the
/// person is told at once, with the rule.
enum FundsFeature: TabFeature {
    static let tab = Tab.funds
    static let state = \MainState.funds

    /// Reads the year's books, or asks only whether a funds table has gained a row since they were read.
    static func enter(_ state: inout FundsState, _ context: TabContext) -> [Effect] {
        [.funds(state.version.map { .loadUnlessUnchanged(since: $0) } ?? .load)]
    }

    static func render(_ state: FundsState, _ context: TabContext, into buffer: inout ScreenBuffer, rect: Rect) {
        FundsView.render(state, context, into: &buffer, rect: rect)
    }

    // MARK: - Update

    static func handle(_ command: Command, _ state: inout FundsState, _ context: TabContext) -> Step {
        let user = context.user
        if let paying = state.paying { return answerPayment(command, paying, &state, user: user) }
        if let asking = state.correcting { return PayeeCorrectionForm.answer(command, asking, &state, user: user) }
        if state.editor != nil { return handleEditor(command, &state, user: user, today: context.today, keys: context.keys(.funds)) }
        if state.page == .report, DisclosureFeature.handle(command, &state, today: context.today) { return .none }
        switch command {
        case .projectNote: return openNote(&state, today: context.today, context.keys(.funds))
        case .payeeKind: return PayeeCorrectionForm.open(&state, user: user)
        case .up, .down, .pageUp, .pageDown, .first, .last: move(command, &state)
        case .ledger:
            state.page = state.nextPage
            state.ledgerList = ListState()
        case .add where state.page == .plan, .planRevise, .planReport, .budget:
            return FundsPlanFeature.open(command, &state, context)
        case .add, .batch:
            guard state.rules != nil else { return .none }
            state.editor = FundsEditor(mode: command == .add ? .request : .batch, form: FundsForms.request(today: context.today, keys: context.formKeys))
        case .approve, .review, .pay, .reverse, .verbal, .instalment, .caseDecision: return act(command, &state, user: user, today: context.today, keys: context.keys(.funds))
        case .cancel where state.page != .expenses: state.page = .expenses
        default: break
        }
        return .none
    }

    /// Moves the selection of the page's list.
    private static func move(_ command: Command, _ state: inout FundsState) {
        if state.page == .plan {
            _ = state.planList.navigate(command, count: state.book?.plan.current.count ?? 0)
        } else if case .ledger(let fund) = state.page {
            _ = state.ledgerList.navigate(command, count: state.book?.entries(of: fund).count ?? 0)
        } else {
            _ = state.list.navigate(command, count: state.rows.count)
        }
    }

    /// Opens the form of an action on the selected expense, or says why it cannot be done.
    private static func act(_ command: Command, _ state: inout FundsState, user: Person, today: LocalDate, keys: KeyNamer) -> Step {
        guard state.page == .expenses, let record = state.selected, let rules = state.rules else {
            return .error(FundsText.selectFirst)
        }
        let status = record.openStatus(rules: rules)
        if record.batch != nil, [.approve, .review, .verbal].contains(command) { return .error(FundsText.instalmentFollowsBatch) }
        if let refusal = KeyAccess.refusal(command, in: .funds, for: user) { return .error(refusal) }
        switch command {
        case .caseDecision:
            if record.expense.inPlan { return .error(FundsText.caseNotNeeded) }
            if record.expense.caseDecision != nil { return .error(FundsText.caseAlready) }
            state.editor = FundsEditor(mode: .caseDecision(record), form: FundsForms.caseDecision(today: today))
        case .instalment:
            guard record.isBatchApplication else { return .error(FundsText.notABatch(keys)) }
            guard status == .approved else { return .error(FundsText.batchNotApproved(record.approvalVerdict(rules: rules))) }
            let remaining = state.book?.remaining(ofBatch: record.id) ?? 0
            state.editor = FundsEditor(mode: .instalment(record, remaining: remaining), form: FundsForms.instalment(today: today))
        case .approve:
            if [.awaitingReview, .awaitingStreetApproval].contains(status) {
                return .error(FundsText.streetFirst(record.approvalVerdict(rules: rules), keys))
            }
            guard status == .awaitingApproval else { return .error(FundsText.notAwaiting(status)) }
            if record.decisions.contains(where: { $0.person.id == user.id }) { return .error(FundsText.alreadyDecided(user)) }
            state.editor = FundsEditor(mode: .decide(record), form: FundsForms.decide(user))
        case .review:
            guard [.awaitingReview, .awaitingStreetApproval].contains(status) else { return .error(FundsText.noReviewNeeded(status)) }
            state.editor = FundsEditor(mode: .review(record), form: FundsForms.review(today: today, step: StreetStep.next(record)))
        case .verbal:
            guard [.awaitingApproval, .awaitingReview, .awaitingStreetApproval].contains(status), record.payment == nil else {
                return .error(FundsText.verbalNotOpen(status))
            }
            if record.verbalApproval != nil { return .error(FundsText.verbalAlready) }
            return openVerbal(record, &state, rules: rules, today: today)
        case .pay:
            return openPayment(record, &state, user: user, rules: rules, today: today)
        default:
            guard record.payment != nil, record.reversal == nil else { return .error(FundsText.notReversible(status)) }
            state.editor = FundsEditor(mode: .reverse(record), form: FundsForms.reverse())
        }
        return .none
    }

    /// Opens the payment form with the methods the expense's spending item may be paid by (so a cash request
    /// of an item on the official-card list is paid by card or transfer), or says at once why it cannot be paid.
    private static func openPayment(_ record: ExpenseRecord, _ state: inout FundsState, user: Person, rules: RuleSet,
                                    today: LocalDate) -> Step {
        let methods = FundRules.paymentMethods(spendingItem: record.expense.spendingItem, rules: rules)
        let method = methods.contains(record.expense.payment) ? record.expense.payment : methods.first
        if let refusal = state.book?.paymentRefusal(record, payer: user, method: method, rules: rules) { return .error(refusal) }
        state.editor = FundsEditor(mode: .pay(record, methods: methods), form: PaymentForm.form(record, methods: methods, today: today))
        return .none
    }

    /// The answer to "确认支付": yes writes the payment, no or Esc goes back to the form as it was typed.
    private static func answerPayment(_ command: Command, _ paying: PaymentConfirm, _ state: inout FundsState, user: Person) -> Step {
        switch command {
        case .confirm:
            state.paying = nil
            return .run(paying.effect(by: user.id))
        case .deny, .cancel: state.paying = nil
        default: break
        }
        return .none
    }

    /// Opens the verbal approval form with the active 书记 and 主任 (not the requester) to choose from, or says at once
    /// why not (nobody to choose, or an amount above the emergency limit: the words storage gives).
    private static func openVerbal(_ record: ExpenseRecord, _ state: inout FundsState, rules: RuleSet, today: LocalDate) -> Step {
        let approvers = (state.book?.verbalApprovers ?? []).filter { $0.id != record.expense.requesterID }
        guard let first = approvers.first else { return .error(FundsText.verbalNoApprovers) }
        let limit = PaymentRoute.emergency(VerbalApproval(by: first, date: today), for: record.expense, payer: nil, rules: rules)
        guard limit.isOK else { return .error(limit.message) }
        state.editor = FundsEditor(mode: .verbal(record, approvers: approvers), form: FundsForms.verbal(today: today, approvers: approvers))
        return .none
    }

    /// Opens the progress and results form for the selected plan line's project, or the selected expense's.
    private static func openNote(_ state: inout FundsState, today: LocalDate, _ keys: KeyNamer) -> Step {
        guard let book = state.book else { return .none }
        let target: (FundKind, String)?
        switch state.page {
        case .plan: target = FundsPlanFeature.selected(state, book).map { ($0.fund, $0.project) }
        case .expenses: target = state.selected.flatMap { $0.project.isEmpty ? nil : ($0.expense.fund, $0.project) }
        default: target = nil
        }
        guard let target else { return .error(FundsText.selectProject(keys)) }
        state.editor = FundsEditor(mode: .projectNote(target.0, project: target.1), form: FundsForms.projectNote(today: today))
        return .none
    }

    private static func handleEditor(_ command: Command, _ state: inout FundsState, user: Person, today: LocalDate,
                                     keys: KeyNamer) -> Step {
        let year = state.book?.year ?? 0, payees = state.book?.payeeKinds ?? [:]
        if var editor = state.editor, let plan = state.book?.plan {
            if editor.picker != nil {
                let step = PlanPickerFeature.handle(command, &editor, plan: plan, keys: keys)
                state.editor = editor
                return step
            }
            if PlanPickerFeature.opens(command, editor, plan: plan) {
                state.editor?.picker = PlanPicker()
                return .none
            }
        }
        if state.editor?.isRequestForm == true, command == .pageDown || command == .pageUp {
            state.editor?.notesPage += command == .pageDown ? 1 : -1
            return .none
        }
        if command == .submit, case .payeeKind(let payee, let current)? = state.editor?.mode {
            state.correcting = PayeeCorrectionForm.submit(&state.editor!.form, payee: payee, current: current)
            return .none
        }
        if command == .submit, case .pay(let record, let methods)? = state.editor?.mode, let rules = state.rules {
            guard let details = PaymentForm.details(&state.editor!.form, record: record, methods: methods, today: today, rules: rules)
            else { return .none }
            state.paying = PaymentConfirm(record: record, details: details)
            return .none
        }
        return FormKeys.handle(command, &state.editor, form: \.form) { editor in
            FundsForms.submit(&editor, user: user, year: year, today: today, payees: payees, rules: state.rules).map { .run(.funds($0)) } ?? .none
        }
    }

    // MARK: - Results

    static func apply(_ action: Action, _ state: inout FundsState, _ context: TabContext) -> Step? {
        guard case .funds(let result) = action else { return nil }
        return apply(result, &state)
    }

    static func apply(_ result: FundsResult, _ state: inout FundsState) -> Step {
        switch result {
        case .loaded(let book, let rules, let version):
            state.book = book
            state.version = version
            state.rules = rules
            state.list.clamp(count: state.rows.count)
            return .none
        case .unchanged(let rules):
            state.rules = rules
            return .none
        case .saved(let text):
            state.editor = nil
            state.paying = nil
            return Step(effects: [.funds(.load)], message: .init(text, .ok))
        }
    }

    // MARK: - Form

    static func form(_ state: FundsState) -> FormState? { state.editor?.form }

    /// Writes back the form after a key, keeping the request's categories to its fund.
    static func setForm(_ form: FormState, _ state: inout FundsState) {
        var form = form
        if form.fields.contains(where: { $0.id == "category" }) { FundsForms.keepCategories(&form) }
        state.editor?.form = form
        if var editor = state.editor {
            PlanPickerFeature.clamp(&editor, plan: state.book?.plan)
            state.editor = editor
        }
    }
}
