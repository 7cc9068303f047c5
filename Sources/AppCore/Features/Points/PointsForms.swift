import Domain
import ScreenKit

/// The points tab's forms: a line the secretary enters with its evidence, and an amendment of a
/// signed card (the line added, with a reason). Lines are read and checked by the domain's
/// `PointsEntryInput`, whose sentence goes under the field it is about.
enum PointsForms {
    // MARK: - Building

    /// The form for a new line, its item taken from the card's selected row when a person enters it.
    static func add(_ item: PointsItem?) -> PointsEditor {
        PointsEditor(mode: .add, form: FormState(fields(item)))
    }

    /// The form for an amendment: the line to add and the reason, which is kept with the original.
    static func amend(_ item: PointsItem?) -> PointsEditor {
        PointsEditor(mode: .amend, form: FormState(fields(item) + [
            FormField(id: "reason", label: PointsText.reasonLabel, maxLength: 80, hint: PointsText.reasonHint, width: 30),
        ]))
    }

    private static func fields(_ item: PointsItem?) -> [FormField] {
        let chosen = item.flatMap { PointsEntryInput.manualItems.contains($0) ? $0 : nil } ?? PointsEntryInput.manualItems[0]
        let title = chosen.title
        return [
            FormField(id: "item", label: PointsText.itemLabel, value: title, maxLength: 8, width: 10),
            FormField(id: "quantity", label: PointsText.quantityLabel, maxLength: 10, hint: PointsText.quantityHint(chosen), width: 10),
            FormField(id: "points", label: PointsText.pointsLabel, maxLength: 6, hint: PointsText.pointsHint, width: 7),
            FormField(id: "evidence", label: PointsText.evidenceLabel, maxLength: 60, hint: PointsText.evidenceHint, width: 30),
        ]
    }

    // MARK: - Keys

    static func handle(_ command: Command, _ state: inout PointsState, user: Person) -> Step {
        guard let snapshot = state.snapshot else { return .none }
        return FormKeys.handle(command, &state.editor, form: \.form) { submit(&$0, snapshot, user: user) }
    }

    // MARK: - Submitting

    static func submit(_ editor: inout PointsEditor, _ s: PointsSnapshot, user: Person) -> Step {
        editor.form.clearErrors()
        let f = editor.form
        let parsed = PointsEntryInput.parse(item: f["item"].text, quantity: f["quantity"].text, points: f["points"].text,
                                            evidence: f["evidence"].text, rules: s.rules)
        switch parsed {
        case .failure(let error):
            editor.form.fail(field(for: error.message), error.message)
            return .none
        case .success(let line):
            switch editor.mode {
            case .add:
                return .run(.points(.addLine(line, worker: s.worker.id, month: s.month, by: user.id)))
            case .amend:
                let reason = f["reason"].text.trimmingCharacters(in: .whitespaces)
                if reason.isEmpty { editor.form.fail("reason", PointsText.reasonHint); return .none }
                return .run(.points(.amend(worker: s.worker.id, month: s.month, lines: s.card.currentLines + [line],
                                           reason: reason, by: user.id)))
            }
        }
    }

    /// The field a refusal is about, from the words of the domain's sentence.
    private static func field(for message: String) -> String {
        if message.contains("分项") || message.contains("自动计算") { return "item" }
        if message.contains("得分") || message.contains("扣分") || message.contains("分值") { return "points" }
        if message.contains("会议记录") || message.contains("依据") { return "evidence" }
        return "quantity"
    }
}
