import Domain
import ScreenKit

/// The funds tab's forms: how each is built, how the request form keeps its categories to the
/// chosen fund, and how each turns into an effect once the domain accepts its values.
enum FundsForms {
    // MARK: - Building

    static let payments: [PaymentMethod] = [.officialCard, .bankTransfer, .cash]
    /// The payee type's choices: none yet, then each kind.
    static let payeeKinds = [FundsText.payeeKindUnset] + PayeeKind.allCases.map(\.title)
    /// The beneficiary's choices: none yet, then each; the cost kinds, "以上都不是" first.
    static let beneficiaries = [FundsText.beneficiaryUnset] + Beneficiary.allCases.map(\.title)
    static let costKinds = CostKind.allCases.map(\.title)

    /// The request form, dated `today`, for the committee fund to begin with.
    static func request(today: LocalDate, keys: KeyNamer) -> FormState {
        FormState([
            FormField(id: "fund", label: "经费", kind: .choice(FundKind.allCases.map(FundsText.shortTitle))),
            categoryField(.committee),
            FormField(id: "project", label: "项目", maxLength: 40, hint: FundsText.pickerHint(keys), width: 30),
            FormField(id: "amount", label: "金额", kind: .amount, maxLength: 20, hint: FundsText.amountHint, width: 14),
            FormField(id: "payee", label: "收款方", maxLength: 40, width: 44),   // 22 汉字 whole at 80 columns (no hint beside it)
            FormField(id: "purpose", label: "用途", maxLength: 60, width: 60),
            FormField(id: "payment", label: "支付方式", kind: .choice(payments.map(\.title))),
            FormField(id: "item", label: "支出科目", maxLength: 20, hint: FundsText.spendingItemHint, width: 14),
            FormField(id: "receipts", label: "票据号", maxLength: 60, hint: "可空，以、分隔", width: 30),
            FormField(id: "date", label: "申请日期", kind: .date, value: today.iso, maxLength: 10, hint: "YYYY-MM-DD", width: 12),
            FormField(id: "payeeKind", label: "收款方类型", kind: .choice(payeeKinds), hint: FundsText.payeeKindHint),
            FormField(id: "beneficiary", label: "受益对象", kind: .choice(beneficiaries), hint: FundsText.beneficiaryHint),
            FormField(id: "costKind", label: "费用性质", kind: .choice(costKinds)),
        ])
    }

    static func categoryField(_ fund: FundKind) -> FormField {
        FormField(id: "category", label: "用途类别", kind: .choice(fund.categories.map(\.title)))
    }

    /// The fund chosen in the request form.
    static func fund(_ form: FormState) -> FundKind { FundKind.allCases[form["fund"].selected.first ?? 0] }

    /// After a key: when the fund changed, the category field offers that fund's categories only.
    static func keepCategories(_ form: inout FormState) {
        let fund = fund(form)
        guard form["category"].options != fund.categories.map(\.title) else { return }
        form["category"] = categoryField(fund)
    }

    static func decide(_ user: Person) -> FormState {
        let roles = [Role.secretary, .director].filter(user.has).map(\.title)
        return FormState([
            FormField(id: "role", label: "审批身份", kind: .choice(roles.isEmpty ? [Role.secretary.title] : roles)),
            FormField(id: "decision", label: "决定", kind: .choice(FundsText.decisions)),
            FormField(id: "reason", label: "理由", maxLength: 60, hint: "拒绝须写明", width: 36),
        ])
    }

    /// The form of the street's next step on `record`: its 审核, or, once reviewed, its 审批.
    static func review(today: LocalDate, step: StreetStep) -> FormState {
        FormState([
            FormField(id: "reviewer", label: "\(step.title)人", maxLength: 30, hint: "街道、镇科室及经办人", width: 24),
            FormField(id: "reference", label: "\(step.title)文号", maxLength: 40, width: 24),
            FormField(id: "date", label: "\(step.title)日期", kind: .date, value: today.iso, maxLength: 10, hint: "YYYY-MM-DD", width: 12),
        ])
    }

    /// The verbal approval form: the approver chosen from `approvers` (the active 书记 and 主任), not typed.
    static func verbal(today: LocalDate, approvers: [Person]) -> FormState {
        FormState([
            FormField(id: "approver", label: "口头批准人", kind: .choice(approvers.map(FundsText.approverChoice))),
            FormField(id: "date", label: "批准日期", kind: .date, value: today.iso, maxLength: 10, hint: "YYYY-MM-DD", width: 12),
        ])
    }

    static func instalment(today: LocalDate) -> FormState {
        FormState([
            FormField(id: "amount", label: "本次金额", kind: .amount, maxLength: 20, hint: FundsText.amountHint, width: 14),
            FormField(id: "receipts", label: "票据号", maxLength: 60, hint: "可空，以、分隔", width: 30),
            FormField(id: "date", label: "报销日期", kind: .date, value: today.iso, maxLength: 10, hint: "YYYY-MM-DD", width: 12),
        ])
    }

    static func caseDecision(today: LocalDate) -> FormState {
        FormState([
            FormField(id: "reference", label: "决定文号", maxLength: 40, hint: "会议记录或街道批复", width: 30),
            FormField(id: "date", label: "决定日期", kind: .date, value: today.iso, maxLength: 10, hint: "YYYY-MM-DD", width: 12),
        ])
    }

    static func projectNote(today: LocalDate) -> FormState {
        FormState([
            FormField(id: "kind", label: "类别", kind: .choice(ProjectNote.Kind.allCases.map(\.title))),
            FormField(id: "text", label: "内容", maxLength: 120, hint: "做了什么、效果如何", width: 38),
            FormField(id: "date", label: "日期", kind: .date, value: today.iso, maxLength: 10, hint: "YYYY-MM-DD", width: 12),
        ])
    }

    static func reverse() -> FormState {
        FormState([FormField(id: "reason", label: "冲销理由", maxLength: 60, width: 40)])
    }

    // MARK: - Submitting

    /// The effect of a submitted form, or nil with the domain's messages under the fields.
    /// A date after `today` is refused under the date field: every funds form records something
    /// that has happened (a request, an approval, a review, a payment, a meeting; issue 17 item 5).
    /// `payees` are the payees recorded so far: a new one must say whether it is a 单位 or a 个人.
    static func submit(_ editor: inout FundsEditor, user: Person, year: Int, today: LocalDate? = nil,
                       payees: [String: PayeeKind] = [:], rules: RuleSet? = nil) -> FundsEffect? {
        editor.form.clearErrors()
        if let today, let problem = futureDate(editor.form, today: today) {
            editor.form.fail("date", problem.message)
            return nil
        }
        switch editor.mode {
        case .planLine, .planReport, .budget: return FundsPlanFeature.submit(&editor, user: user, year: year)
        case .caseDecision(let r):
            guard let reference = editor.form.required("reference"), let date = date(&editor.form, "date") else { return nil }
            return .caseDecision(expenseID: r.id, CaseDecision(reference: reference, date: date), by: user.id)
        case .request: return request(&editor.form, payees: payees, rules: rules).map { .request($0, by: user.id) }
        case .batch: return request(&editor.form, payees: payees, rules: rules).map { .requestBatch($0, by: user.id) }
        case .instalment(let r, _):
            guard let amount = checkedAmount(&editor.form), let date = date(&editor.form, "date") else { return nil }
            return .instalment(batchID: r.id, amount: amount, date: date,
                               receipts: editor.form["receipts"].text.trimmingCharacters(in: .whitespaces), by: user.id)
        case .decide(let r):
            let approve = editor.form["decision"].selected.first == 0
            let reason = editor.form["reason"].text.trimmingCharacters(in: .whitespaces)
            if !approve && reason.isEmpty { editor.form.fail("reason", FundsText.refusalNeedsReason); return nil }
            let role = Role(rawValue: editor.form["role"].chosen.first ?? "") ?? .secretary
            return .decide(expenseID: r.id, approve: approve, role: role, reason: reason, by: user.id)
        case .review(let r):
            guard let reviewer = editor.form.required("reviewer"), let reference = editor.form.required("reference"),
                  let date = date(&editor.form, "date") else { return nil }
            guard let review = r.review else {
                return .review(expenseID: r.id, StreetReview(reviewer: reviewer, reference: reference, date: date), by: user.id)
            }
            if date < review.date { editor.form.fail("date", FundsText.approvalBeforeReview(review.date)); return nil }
            return .streetApproval(expenseID: r.id, StreetApproval(approver: reviewer, reference: reference, date: date), by: user.id)
        case .verbal(let r, let approvers):
            guard let date = date(&editor.form, "date") else { return nil }
            guard let approver = editor.form["approver"].selected.first.flatMap({ approvers[safe: $0] }) else {
                editor.form.fail("approver", FundsText.verbalChooseApprover); return nil
            }
            return .verbal(expenseID: r.id, VerbalApproval(by: approver, date: date), by: user.id)
        case .pay: return nil  // asks first: `FundsFeature` turns the form into a `PaymentConfirm`
        case .reverse(let r):
            guard let reason = editor.form.required("reason") else { return nil }
            return .reverse(expenseID: r.id, reason: reason, by: user.id)
        case .projectNote(let fund, let project):
            guard let text = editor.form.required("text"), let date = date(&editor.form, "date") else { return nil }
            let kind = ProjectNote.Kind.allCases[editor.form["kind"].selected.first ?? 0]
            return .projectNote(ProjectNote(fund: fund, project: project, kind: kind, text: text, date: date), by: user.id)
        case .payeeKind: return nil   // asked first: `PayeeCorrectionForm.submit`
        }
    }

    /// The request typed into the form, or nil with the problems under their fields.
    /// `rules`, when given, refuse a 受益对象 or 费用性质 the fund may not pay under its field.
    static func request(_ form: inout FormState, payees: [String: PayeeKind] = [:], rules: RuleSet? = nil) -> ExpenseRequest? {
        let amount = checkedAmount(&form)
        let payee = form.required("payee")
        let purpose = form.required("purpose")
        let date = date(&form, "date")
        let free = ["project", "receipts", "item"].filter { id in form.fields.contains { $0.id == id } }.map { form.optional($0) }
        guard let amount, let payee, purpose != nil, let date, !free.contains(nil) else { return nil }
        if payees[payee] == nil, payeeKind(form) == nil { form.fail("payeeKind", PayeeKind.needed(payee)); return nil }
        let request = typed(form, amount: amount, date: date)
        return refuseNature(request, &form, rules: rules) ? nil : request
    }

    /// Whether the request's 受益对象 or 费用性质 is unanswered or one its fund may not pay (with the
    /// rule's words, clause or 本程序取值 included, under the field). A form without the fields is not asked.
    static func refuseNature(_ request: ExpenseRequest, _ form: inout FormState, rules: RuleSet? = nil) -> Bool {
        guard form.fields.contains(where: { $0.id == "beneficiary" }) else { return false }
        guard let beneficiary = request.beneficiary else { form.fail("beneficiary", FundsText.beneficiaryNeeded); return true }
        guard let rules else { return false }
        let who = FundRules.beneficiary(fund: request.fund, beneficiary, rules: rules)
        if !who.isOK { form.fail("beneficiary", who.message); return true }
        let kind = FundRules.costKind(fund: request.fund, request.costKind, amount: request.amount, rules: rules)
        if !kind.isOK { form.fail("costKind", kind.message); return true }
        return false
    }

    /// The amount in the form's "amount" field, read the one way every funds form reads it
    /// (zero only where a form allows it: a plan line revised to 0 is withdrawn).
    static func typedAmount(_ form: FormState, allowZero: Bool = false) -> Result<Int64, InputError> {
        Money.parse(form["amount"].text, allowZero: allowZero)
    }

    /// The amount typed, or nil with the reason under the field.
    static func checkedAmount(_ form: inout FormState, allowZero: Bool = false) -> Int64? {
        form.check("amount", typedAmount(form, allowZero: allowZero))
    }

    /// What the form holds as a request, unchecked, for the rules to look at while it is typed.
    static func typed(_ form: FormState, amount: Int64, date: LocalDate) -> ExpenseRequest {
        let fund = fund(form)
        let text = { (id: String) in form[id].text.trimmingCharacters(in: .whitespaces) }
        let item = text("item")
        return ExpenseRequest(fund: fund, category: fund.categories[form["category"].selected.first ?? 0], project: text("project"),
                              amount: amount, payee: text("payee"), purpose: text("purpose"),
                              payment: payments[form["payment"].selected.first ?? 0], date: date, receipts: text("receipts"),
                              spendingItem: item.isEmpty ? nil : item, payeeKind: payeeKind(form),
                              beneficiary: choice(form, "beneficiary", Beneficiary.allCases, offset: 1),
                              costKind: choice(form, "costKind", CostKind.allCases, offset: 0))
    }

    /// The case chosen in the choice field `id` whose options are `offset` placeholders then `all`; nil on a placeholder or without the field.
    static func choice<T>(_ form: FormState, _ id: String, _ all: [T], offset: Int) -> T? {
        guard form.fields.contains(where: { $0.id == id }), let i = form[id].selected.first else { return nil }
        return all[safe: i - offset]
    }

    /// The payee type chosen, nil while it says 未选.
    static func payeeKind(_ form: FormState) -> PayeeKind? { choice(form, "payeeKind", PayeeKind.allCases, offset: 1) }

    /// Why the form's "date" field, when it has one and it reads as a date, is later than `today`.
    static func futureDate(_ form: FormState, today: LocalDate) -> InputError? {
        guard let field = form.fields.first(where: { $0.id == "date" }),
              let day = LocalDate(iso: field.text.trimmingCharacters(in: .whitespaces)) else { return nil }
        return RecordDates.problem(day, label: field.label, today: today)
    }

    static func date(_ form: inout FormState, _ id: String) -> LocalDate? {
        let text = form[id].text.trimmingCharacters(in: .whitespaces)
        guard let day = LocalDate(iso: text) else { return form.check(id, Result<LocalDate, InputError>.failure(InputError(FundsText.badDate(text)))) }
        return form.check(id, RecordDates.problem(day, label: form[id].label, today: nil).map { .failure($0) } ?? .success(day))
    }
}

/// The street's two steps on an expense above the local limit, in order (附件一 三(二) "审核后，按街道、镇相关程序审批").
enum StreetStep {
    case review, approval

    /// "审核" or "审批".
    var title: String { self == .review ? "审核" : "审批" }

    /// The step due next on `record`: its 审核 until one is entered, then its 审批.
    static func next(_ record: ExpenseRecord) -> StreetStep { record.review == nil ? .review : .approval }
}
