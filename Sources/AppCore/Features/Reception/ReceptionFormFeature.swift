import Domain
import Foundation
import ScreenKit

/// The keys of the reception log's forms: moving (completing the room, keeping the due date in
/// step with the time), Enter on the policy field opening the policy search to link an item, and
/// submitting. A refusal keeps the form as typed, the problem beside its field.
enum ReceptionFormFeature {
    /// The form that has the keyboard: the editor's on the form screen, the history's while it is edited.
    static func form(_ s: ReceptionState) -> FormState? {
        switch s.screen {
        case .form: return s.editor?.form
        case .history where s.log.historyEditing: return s.log.historyForm
        default: return nil
        }
    }

    static func setForm(_ form: FormState, _ s: inout ReceptionState) {
        switch s.screen {
        case .form: s.editor?.form = form
        case .history where s.log.historyEditing: s.log.historyForm = form
        default: break
        }
    }

    // MARK: - The editor

    static func handle(_ command: Command, _ s: inout ReceptionState, _ context: TabContext) -> Step {
        guard var editor = s.editor else { return .none }
        defer { if s.editor != nil { s.editor = editor } }
        switch command {
        case .cancel:
            s.editor = nil
            s.screen = editor.mode.isOnline ? .online : s.log.shown == nil ? .search : .record
        case .nextField, .previousField:
            leave(&editor, context)
            if command == .nextField { editor.form.nextField() } else { editor.form.previousField() }
        case .submit where editor.form.focused.id == "policy":
            s.editor = editor
            return pick(editor.form["policy"].text, &s)
        case .submit:
            leave(&editor, context)
            return submit(&editor, s, context)
        default: break
        }
        return .none
    }

    /// What leaving the focused field does: the room completes, the due date follows the time.
    private static func leave(_ editor: inout ReceptionEditor, _ context: TabContext) {
        switch editor.form.focused.id {
        case "room": editor.completeRoom(from: context.rooms.found)
        case "at": editor.followTime(rules: context.ruleBook, calendar: context.calendar)
        default: break
        }
    }

    /// Opens the policy search over the form, searching for what the field holds.
    private static func pick(_ text: String, _ s: inout ReceptionState) -> Step {
        s.screen = .search
        s.search.opened = nil
        s.search.query = TextInput(text, maxLength: PolicySearch.maxQueryLength)
        s.search.results = nil
        return .run(.searchPolicies(query: text))
    }

    private static func submit(_ editor: inout ReceptionEditor, _ s: ReceptionState, _ context: TabContext) -> Step {
        switch editor.mode {
        case .new:
            guard let draft = editor.draft(now: context.now, keys: context.formKeys) else { return .none }
            return .run(.reception(.save(draft, user: context.user)))
        case .amend(let record):
            guard let content = editor.draft(now: context.now, keys: context.formKeys), let reason = editor.reason() else { return .none }
            return .run(.reception(.amend(id: record.id, content: content, reason: reason, user: context.user)))
        case .reply(let record):
            editor.form.clearErrors()
            let text = editor.form["reply"].text.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { editor.form.fail("reply", "答复内容不能为空"); return .none }
            let satisfaction = Satisfaction.allCases[editor.form["satisfaction"].selected.first ?? 0]
            return .run(.reception(.reply(id: record.id, text: text, satisfaction: satisfaction, user: context.user)))
        case .online:
            guard let draft = editor.onlineDraft(now: context.now, user: context.user.id) else { return .none }
            return .run(.reception(.addOnline(draft, user: context.user)))
        case .answer(let reply):
            guard let answer = editor.onlineAnswer(reply, now: context.now) else { return .none }
            return .run(.reception(.answerOnline(id: reply.id, answer: answer.answer, answerer: answer.answerer, at: answer.at,
                                                 satisfied: answer.satisfied, user: context.user,
                                                 waitingOnly: s.replies.waitingOnly)))
        }
    }

    // MARK: - Picking a policy

    /// Enter on a policy item while the form waits: links it and goes back to the form.
    static func link(_ item: PolicyItem, _ s: inout ReceptionState) -> Step {
        s.editor?.link(item)
        s.search.opened = nil
        s.screen = .form
        return .none
    }

    /// Esc in the search while the form waits: back to the form, the field as it was.
    static func backToForm(_ s: inout ReceptionState) -> Step {
        s.search.opened = nil
        s.screen = .form
        return .none
    }

    // MARK: - The history search

    /// Enter in the history form: the query, or the date problem beside its field.
    static func submitHistory(_ s: inout ReceptionState) -> Step {
        var form = s.log.historyForm
        form.clearErrors()
        var dates: [LocalDate?] = []
        for id in ["from", "through"] {
            let text = form[id].text.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { dates.append(nil); continue }
            guard let day = LocalDate(iso: text) else { form.fail(id, ReceptionLogText.badDate); s.log.historyForm = form; return .none }
            dates.append(day)
        }
        s.log.historyForm = form
        let query = ReceptionQuery(name: form["name"].text, room: form["room"].text, category: form["category"].text,
                                   text: form["text"].text, from: dates[0], through: dates[1])
        return .run(.reception(.search(query)))
    }
}
