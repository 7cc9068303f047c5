import Domain
import Foundation
import ScreenKit

/// What the reception form does as it is filled in: completing the room, linking a policy item,
/// keeping the default due date in step with the time, and checking the whole into a draft.
extension ReceptionEditor {
    // MARK: - As it is filled in

    /// Completes the room from the registry when it names one household, and the resident's name
    /// from it where still empty. The registry's phone goes into the phone box's hint, not the box,
    /// so a number typed next is not run onto it; an empty box then takes the registry's number.
    /// A room the registry does not know stays as typed.
    mutating func completeRoom(from households: [Household]) {
        guard form.fields.contains(where: { $0.id == "room" }), let h = RoomNumber.complete(form["room"].text, in: households)
        else { return }
        form["room"].input = TextInput(h.room, maxLength: RoomNumber.maxLength)
        if form["resident"].text.isEmpty { form["resident"].input = TextInput(h.head, maxLength: PersonName.maxLength) }
        registryPhone = h.phone.isEmpty ? nil : h.phone
        if hiddenPhone == nil, let phone = registryPhone { form["phone"].hint = ReceptionLogText.registryPhoneHint(phone) }
    }

    /// Links `item`: its title in the field, its line of business as the category if none is typed.
    mutating func link(_ item: PolicyItem) {
        policy = item
        form["policy"].input = TextInput(item.title, maxLength: 30)
        form["policy"].error = nil
        if form["category"].text.isEmpty { form["category"].input = TextInput(item.lineOfBusiness, maxLength: 20) }
        form.focus = form.fields.firstIndex { $0.id == "question" } ?? form.focus
    }

    /// After the time changed, moves the due date with it unless the person typed their own.
    mutating func followTime(rules book: RuleBook?, calendar: WorkingDayCalendar) {
        guard let at = VisitTime.instant(form["at"].text), form["due"].text == defaultDue else { return }
        defaultDue = Self.defaultDue(for: at, rules: book, calendar: calendar)
        form["due"].input = TextInput(defaultDue, maxLength: 10)
    }

    /// The policy linked, if the field still shows its title.
    public var linkedPolicy: PolicyItem? {
        guard let policy, form["policy"].text == policy.title else { return nil }
        return policy
    }

    // MARK: - Checking

    /// The record's content if every field is acceptable; otherwise the problem sits beside its field,
    /// naming the form's `keys` where it says what to press.
    mutating func draft(now: Date, keys: KeyNamer) -> ReceptionDraft? {
        form.clearErrors()
        guard let at = form.check("at", VisitTime.parse(form["at"].text, now: now).mapError { _ in
            InputError(ReceptionLogText.badTime(now: VisitTime.format(now)))
        }) else { return nil }
        let outcome = ReceptionOutcome.allCases[form["outcome"].selected.first ?? 0]
        var due: LocalDate?
        if outcome.waitsForReply {
            guard let day = LocalDate(iso: form["due"].text) else { form.fail("due", ReceptionLogText.badDue); return nil }
            due = day
        }
        let linked = linkedPolicy
        if linked == nil && !form["policy"].text.isEmpty { form.fail("policy", ReceptionLogText.unlinkedPolicy(keys)); return nil }
        let draft = ReceptionDraft(
            at: at, residentName: form["resident"].text, room: form["room"].text, phone: typedPhone,
            category: form["category"].text, policyID: linked?.id, policyTitle: linked?.title ?? "",
            question: form["question"].text, actionTaken: form["action"].text, outcome: outcome,
            department: form["department"].text, replyDue: due)
        switch draft.validated() {
        case .success(let checked): return checked
        case .failure(let error):
            form.fail(field(for: error.message), error.message)
            return nil
        }
    }

    /// The phone box's number; when the record's number is hidden, empty keeps it and "-" removes it.
    private var typedPhone: String {
        let typed = form["phone"].text.trimmingCharacters(in: .whitespaces)
        guard let hiddenPhone else { return typed.isEmpty ? registryPhone ?? "" : form["phone"].text }
        return typed.isEmpty ? hiddenPhone : typed == "-" ? "" : typed
    }

    /// The reason of a correction, or nil with the problem beside its field.
    mutating func reason() -> String? {
        let text = form["reason"].text.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { form.fail("reason", ReceptionLogText.reasonNeeded); return nil }
        return text
    }

    /// The field a Domain refusal is about, by the label it names (the question's by default).
    private func field(for message: String) -> String {
        let labels: [(String, String)] = [("来访居民姓名", "resident"), ("楼室号", "room"), ("联系电话", "phone"),
                                          ("事项类别", "category"), ("办理情况", "action"), ("转办部门", "department"),
                                          ("答复期限", "due")]
        return labels.first { message.contains($0.0) }?.1 ?? "question"
    }
}
