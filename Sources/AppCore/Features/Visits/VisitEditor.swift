import Domain
import Foundation
import ScreenKit

/// A form of the visit tab: the paper 居民区走访记录 with its fields, or the secretary's zone form.
public struct VisitEditor: Equatable, Sendable {
    public enum Mode: Equatable, Sendable {
        case visit
        /// A new record that replaces this one (the one itself is kept as it is).
        case correct(VisitRecord)
        case zone(Person)
        /// The household page's edit form (`HouseholdForm`).
        case household(Household)
    }

    public var mode: Mode
    public var form: FormState
    /// The unknown room the person was told about; a second Enter with it adds the household.
    public var confirmedNewRoom: String?

    // MARK: - Making one

    /// The visit form, its time set to `now` in Shanghai; its hints name the form's `keys`.
    /// Given a `household` (the row chosen on the due list, the page open), its room, householder and
    /// members are filled in and the focus starts on the reason, the first field left to write.
    static func visit(now: Date, for household: Household? = nil, keys: KeyNamer) -> VisitEditor {
        let draft = VisitDraft(at: now, residentName: household?.head ?? "", room: household?.room ?? "",
                               members: household?.members ?? "", reason: "")
        var form = FormState(fields(draft, keys))
        if household != nil { form.focus = form.fields.firstIndex { $0.id == "reason" } ?? 0 }
        return VisitEditor(mode: .visit, form: form)
    }

    /// The correction form of `record`: its fields as they read, and the reason for the correction.
    static func correction(of record: VisitRecord, keys: KeyNamer) -> VisitEditor {
        let reason = FormField(id: "correctionReason", label: VisitsText.correctionReason, maxLength: 100, width: 50)
        return VisitEditor(mode: .correct(record), form: FormState(fields(record.draft, keys) + [reason]))
    }

    /// The paper form's fields, filled in from `d`.
    private static func fields(_ d: VisitDraft, _ keys: KeyNamer) -> [FormField] {
        let kinds = VisitKind.allCases
        return [
            FormField(id: "at", label: VisitsText.time, value: VisitTime.format(d.at), maxLength: 16, hint: VisitTime.layout, width: 18),
            FormField(id: "resident", label: VisitsText.resident, value: d.residentName, maxLength: PersonName.maxLength, width: 14),
            FormField(id: "room", label: VisitsText.room, value: d.room, maxLength: RoomNumber.maxLength, hint: VisitsText.roomHint(keys), width: 16),
            FormField(id: "members", label: VisitsText.members, value: d.members, maxLength: TextField.maxLength, width: 50),
            FormField(id: "reason", label: VisitsText.reason, value: d.reason, maxLength: TextField.maxLength, width: 50),
            FormField(id: "difficulty", label: VisitsText.difficulty, value: d.difficulty, maxLength: TextField.maxLength, width: 50),
            FormField(id: "remark", label: VisitsText.remark, value: d.remark, maxLength: TextField.maxLength, width: 50),
            FormField(id: "kind", label: VisitsText.kind, kind: .choice(kinds.map(\.title)), selected: [kinds.firstIndex(of: d.kind) ?? 0]),
        ]
    }

    /// True for the paper form (a new visit or a correction), false for the zone form.
    var isVisitForm: Bool {
        switch mode {
        case .visit, .correct: return true
        case .zone, .household: return false
        }
    }

    /// The zone form for `person`.
    static func zone(_ person: Person) -> VisitEditor {
        VisitEditor(mode: .zone(person), form: FormState([
            FormField(id: "zone", label: VisitsText.zoneLabel, value: person.zone ?? "", maxLength: 20, hint: VisitsText.zoneHint, width: 20),
        ]))
    }

    // MARK: - Completion

    /// Completes the room from the registry when it names one household, filling the resident,
    /// the family and the visit type from it where they are still empty.
    mutating func completeRoom(from households: [Household], rules: RuleSet?) {
        guard isVisitForm, let h = RoomNumber.complete(form["room"].text, in: households) else { return }
        form["room"].input = TextInput(h.room, maxLength: RoomNumber.maxLength)
        if form["resident"].text.isEmpty { form["resident"].input = TextInput(h.head, maxLength: PersonName.maxLength) }
        if form["members"].text.isEmpty { form["members"].input = TextInput(h.members, maxLength: TextField.maxLength) }
        if let rules, VisitInterval.interval(for: h, rules: rules) != nil {
            form["kind"].selected = [VisitKind.allCases.firstIndex(of: .special)!]
        }
    }

    // MARK: - Checking

    /// The draft if every field is acceptable; otherwise the first problem sits under its field.
    mutating func draft(now: Date) -> VisitDraft? {
        form.clearErrors()
        let at = form.check("at", VisitTime.parse(form["at"].text, now: now))
        let resident = form.check("resident", TextField.validate(form["resident"].text, label: VisitsText.resident,
                                                                 required: true, maxLength: PersonName.maxLength))
        let room = form.check("room", RoomNumber.validate(form["room"].text))
        let members = form.check("members", TextField.validate(form["members"].text, label: VisitsText.members, required: false))
        let reason = form.check("reason", TextField.validate(form["reason"].text, label: VisitsText.reason, required: true))
        let difficulty = form.check("difficulty", TextField.validate(form["difficulty"].text, label: VisitsText.difficulty, required: false))
        let remark = form.check("remark", TextField.validate(form["remark"].text, label: VisitsText.remark, required: false))
        guard let at, let resident, let room, let members, let reason, let difficulty, let remark else {
            form.focus = form.fields.firstIndex { $0.error != nil } ?? form.focus
            return nil
        }
        let kind = VisitKind.allCases[form["kind"].selected.first ?? 0]
        return VisitDraft(at: at, residentName: resident, room: room, members: members, reason: reason,
                          difficulty: difficulty, remark: remark, kind: kind)
    }

    /// The reason for a correction, or nil with the problem under its field.
    mutating func correctionReason() -> String? {
        form.check("correctionReason", VisitCorrection.validateReason(form["correctionReason"].text))
    }

    /// True when `room` is in the registry or was already confirmed as new; otherwise says so under the field.
    mutating func roomKnownOrConfirmed(_ room: String, households: [Household], keys: KeyNamer) -> Bool {
        if households.contains(where: { $0.room == room }) || confirmedNewRoom == room { return true }
        confirmedNewRoom = room
        form.fail("room", VisitsText.newRoom(room, keys))
        return false
    }
}
