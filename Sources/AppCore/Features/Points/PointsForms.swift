import Domain
import ScreenKit

/// The points tab's forms: a line the secretary enters with its evidence, and an amendment of a
/// signed card (a line added, changed or struck, with a reason). Lines are read and checked by the domain's
/// `PointsEntryInput`, whose sentence goes under the field it is about.
enum PointsForms {
    // MARK: - Building

    /// The form for a new line, its item taken from the card's selected row when a person enters it.
    static func add(_ item: PointsItem?) -> PointsEditor {
        PointsEditor(mode: .add, form: focusFirstEmpty(FormState(fields(item)), chosen(item)))
    }

    /// The form for an amendment: the line to add and the reason, which is kept with the original.
    static func amend(_ item: PointsItem?) -> PointsEditor {
        PointsEditor(mode: .amend, form: focusFirstEmpty(FormState(fields(item) + [
            FormField(id: "reason", label: PointsText.reasonLabel, maxLength: 80, hint: PointsText.reasonHint, width: 30),
        ]), chosen(item)))
    }

    /// The form with the focus on the first field left to fill in: never the pre-filled 分项
    /// (typing "2" there gave "志愿服务2"), nor 数量/等级 for an item that takes none.
    private static func focusFirstEmpty(_ form: FormState, _ item: PointsItem) -> FormState {
        var form = form
        form.focus = form.fields.firstIndex { field in
            !field.isChoice && field.text.isEmpty && !(item.isDeduction && field.id == "quantity")
        } ?? 0
        return form
    }

    /// The item a new line starts with: the selected row's when a person enters it, else the first such item.
    private static func chosen(_ item: PointsItem?) -> PointsItem {
        item.flatMap { PointsEntryInput.manualItems.contains($0) ? $0 : nil } ?? PointsEntryInput.manualItems[0]
    }

    /// The form for recomputing computed `item` of a signed card (签名后新增): only the reason;
    /// Enter shows what it takes in and asks before saving.
    static func recompute(_ item: PointsItem) -> PointsEditor {
        PointsEditor(mode: .recompute(item), form: FormState([
            FormField(id: "reason", label: PointsText.reasonLabel, maxLength: 80, hint: PointsText.recomputeHint, width: 40),
        ]))
    }

    /// The form for an amendment of line `index` (`line`): change its value (the fields hold it as
    /// signed) or strike it, with the reason; the original stays on the card beside the new value.
    static func amendLine(_ index: Int, _ line: PointsLine) -> PointsEditor {
        var fields = fields(line.item)
        fields[1].input = TextInput(quantityText(line), maxLength: 10)
        fields[2].input = TextInput(line.claim == .breach ? "清零" : pointsText(line), maxLength: 6)
        fields[3].input = TextInput(line.item.isDeduction ? (line.decision?.code ?? line.meetingRecord ?? "") : line.evidence, maxLength: 60)
        let how = FormField(id: "change", label: PointsText.changeLabel, kind: .choice([LineChange.change.title, LineChange.strike.title]))
        return PointsEditor(mode: .amendLine(index), form: FormState([how] + fields + [
            FormField(id: "reason", label: PointsText.reasonLabel, maxLength: 80, hint: PointsText.reasonHint, width: 30),
        ]))
    }

    /// What 数量/等级 held for `line`, as the form reads it back.
    static func quantityText(_ line: PointsLine) -> String {
        switch line.claim {
        case .count(let n), .households(let n): return String(n)
        case .award(let scope, let level): return (scope == .individual ? "个人" : "集体") + level.title
        case .inspection(let scope): return scope == .individual ? "个人" : "居委会"
        case .contest(let prize): return prize?.title ?? "参赛"
        case .deduction, .breach: return ""
        }
    }

    private static func pointsText(_ line: PointsLine) -> String {
        if case .deduction(let tenths) = line.claim { return Points.format(tenths) }
        return ""
    }

    private static func fields(_ item: PointsItem?) -> [FormField] {
        let chosen = chosen(item)
        let title = chosen.title
        return [
            FormField(id: "item", label: PointsText.itemLabel, value: title, maxLength: 8, width: 10),
            FormField(id: "quantity", label: PointsText.quantityLabel, maxLength: 10, hint: PointsText.quantityHint(chosen), width: 10),
            FormField(id: "points", label: PointsText.pointsLabel, maxLength: 6, hint: PointsText.pointsHint, width: 7),
            FormField(id: "evidence", label: PointsText.evidenceLabel, maxLength: 60, hint: PointsText.evidenceHint, width: 30),
        ]
    }

    // MARK: - Keys

    static func handle(_ command: Command, _ state: inout PointsState, user: Person, keys: KeyNamer) -> Step {
        guard let snapshot = state.snapshot else { return .none }
        if var editor = state.editor, let step = DecisionPicker.handle(command, &editor, decisions: snapshot.decisions) {
            state.editor = editor
            return step
        }
        var asked: PointsSigning?
        let step = FormKeys.handle(command, &state.editor, form: \.form) { editor in
            if case .recompute(let item) = editor.mode { return askToRecompute(&editor, item, snapshot, &asked) }
            return submit(&editor, snapshot, user: user, keys: keys)
        }
        if let asked { state.signing = asked }
        return step
    }

    /// Enter on the recompute form: the reason checked, then the dialog that asks (the form stays
    /// under it, so a no keeps what was typed).
    private static func askToRecompute(_ editor: inout PointsEditor, _ item: PointsItem, _ s: PointsSnapshot,
                                       _ asked: inout PointsSigning?) -> Step {
        editor.form.clearErrors()
        guard let reason = reason(&editor) else { return .none }
        guard let late = s.late.first(where: { $0.item == item }) else { return .error(PointsText.noLateAddition(item)) }
        asked = PointsSigning.recompute(late, reason: reason, s)
        return .none
    }

    // MARK: - Submitting

    static func submit(_ editor: inout PointsEditor, _ s: PointsSnapshot, user: Person, keys: KeyNamer) -> Step {
        editor.form.clearErrors()
        let f = editor.form
        if case .amendLine(let index) = editor.mode, f["change"].selected.first == 1 {
            guard let reason = reason(&editor) else { return .none }
            return .run(.points(.amendLine(worker: s.worker.id, month: s.month, index: index, line: nil, reason: reason, by: user.id)))
        }
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
            case .recompute: return .none   // answered by `askToRecompute`, never parsed as a line
            case .amend, .amendLine:
                guard let reason = reason(&editor) else { return .none }
                var index: Int?
                if case .amendLine(let i) = editor.mode { index = i }
                if let old = index.flatMap({ s.card.currentLines[safe: $0] }), old.item != line.item {
                    editor.form.fail("item", PointsText.sameItem(old.item, keys))
                    return .none
                }
                return .run(.points(.amendLine(worker: s.worker.id, month: s.month, index: index, line: line, reason: reason, by: user.id)))
            }
        }
    }

    /// The reason typed, or nil with the refusal beside its field.
    private static func reason(_ editor: inout PointsEditor) -> String? {
        let reason = editor.form["reason"].text.trimmingCharacters(in: .whitespaces)
        if reason.isEmpty { editor.form.fail("reason", PointsText.reasonHint); return nil }
        return reason
    }

    /// The field a refusal is about, from the words of the domain's sentence.
    private static func field(for message: String) -> String {
        if message.contains("分项") || message.contains("自动计算") { return "item" }
        if message.contains("得分") || message.contains("扣分") || message.contains("分值") { return "points" }
        if message.contains("会议记录") || message.contains("依据") { return "evidence" }
        return "quantity"
    }
}
