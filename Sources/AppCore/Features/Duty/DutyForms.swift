import Domain
import Foundation
import ScreenKit

/// The duty tab's forms: one shift, a recurring template, the published hours, and a swap request
/// (the appointment forms are in `AppointmentForms`).
/// Times and spans are checked by the domain, whose message goes under the field.
enum DutyForms {
    // MARK: - Building

    /// The columns a span takes, "17:00-20:00".
    static let spanLength = 11

    /// A time-span field whose box shows the whole span with the cursor after it: the box gives
    /// one column less than its width to text, and the cursor takes one more (a box of the
    /// span's length showed "17:00-20:00" as "7:00-20:00").
    static func spanField(_ id: String, _ label: String, value: String, hint: String) -> FormField {
        FormField(id: id, label: label, value: value, maxLength: spanLength, hint: hint, width: spanLength + 2)
    }

    static func template(_ s: DutySnapshot) -> DutyEditor {
        let names = s.people.filter(\.isActive).map(\.name)
        return DutyEditor(mode: .template, form: FormState([
            FormField(id: "repeat", label: "周期", kind: .choice(DutyText.repeats)),
            FormField(id: "weekday", label: "星期", kind: .choice(DutyText.dayNames), selected: [1]),
            spanField("span", "时段", value: "17:00-20:00", hint: DutyText.spanHint),
            FormField(id: "anchor", label: "第一次日期", kind: .date, maxLength: 10, hint: DutyText.anchorHint, width: 12),
            FormField(id: "workers", label: "值班人", kind: .multiChoice(names), hint: "空格选择"),
        ]))
    }

    /// One shift, dated today (or the month's first day when today is in another month).
    static func shift(_ s: DutySnapshot, today: LocalDate) -> DutyEditor {
        let day = today.calendarMonth == s.roster.month ? today : s.roster.month.firstDay
        return DutyEditor(mode: .shift, form: FormState([
            FormField(id: "date", label: "日期", kind: .date, value: day.iso, maxLength: 10, hint: DutyText.dateHint, width: 12),
            spanField("span", "时段", value: "17:00-20:00", hint: DutyText.spanHint),
            FormField(id: "kind", label: "类型", kind: .choice(DutyText.shiftKinds)),
            FormField(id: "workers", label: "值班人", kind: .multiChoice(s.people.filter(\.isActive).map(\.name)), hint: "空格选择"),
        ]))
    }

    static func hours(_ h: ServiceHours) -> DutyEditor {
        func days(_ set: Set<Weekday>) -> Set<Int> { Set(set.map { $0.rawValue - 1 }) }
        return DutyEditor(mode: .hours, form: FormState([
            spanField("office", "平时（工作日）", value: h.office?.description ?? "", hint: DutyText.optionalSpanHint),
            spanField("evening", "晚间时段", value: h.evening?.description ?? "", hint: DutyText.optionalSpanHint),
            FormField(id: "eveningDays", label: "晚间星期", kind: .multiChoice(Array(DutyText.dayNames.prefix(5))), selected: days(h.eveningDays)),
            spanField("weekend", "双休日时段", value: h.weekend?.description ?? "", hint: DutyText.optionalSpanHint),
            FormField(id: "weekendDays", label: "双休日", kind: .multiChoice(["六", "日"]), selected: Set(days(h.weekendDays).map { $0 - 5 })),
            spanField("holiday", "节假日时段", value: h.holiday?.description ?? "", hint: DutyText.optionalSpanHint),
        ]))
    }

    static func swap(_ shift: Shift, colleagues: [Person]) -> DutyEditor {
        DutyEditor(mode: .swap(shift), form: FormState([
            FormField(id: "to", label: "换给", kind: .choice(colleagues.map(\.name))),
        ]))
    }

    // MARK: - Keys

    static func handle(_ command: Command, _ state: inout DutyState, user: Person, now: Date, rooms: [Household]) -> Step {
        guard var editor = state.editor, let snapshot = state.snapshot else { return .none }
        var step = Step.none
        switch command {
        case .cancel:
            state.editor = nil
            return .none
        case .nextField, .previousField:
            if editor.mode == .book { AppointmentForms.completeRoom(&editor.form, rooms: rooms) }
            if command == .nextField { editor.form.nextField() } else { editor.form.previousField() }
        case .submit: step = submit(&editor, snapshot, user: user, now: now, rooms: rooms)
        default: break
        }
        state.editor = editor
        return step
    }

    // MARK: - Submitting

    static func submit(_ editor: inout DutyEditor, _ s: DutySnapshot, user: Person, now: Date, rooms: [Household]) -> Step {
        editor.form.clearErrors()
        let month = s.roster.month
        switch editor.mode {
        case .template:
            guard let template = templateValue(&editor.form, s) else { return .none }
            return .run(.duty(.addTemplate(template, month: month, by: user.id)))
        case .hours:
            guard let hours = hoursValue(&editor.form) else { return .none }
            return .run(.duty(.publishHours(hours, month: month, by: user.id)))
        case .shift:
            guard let date = form(&editor.form, dateIn: "date"),
                  let span = editor.form.check("span", TimeSpan.parse(editor.form["span"].text)) else { return .none }
            let workers = s.people.filter { editor.form["workers"].chosen.contains($0.name) }.map(\.id)
            if workers.isEmpty { editor.form.fail("workers", DutyText.pickWorkers); return .none }
            let kindIndex = editor.form["kind"].selected.first ?? 0
            let kind = kindIndex == 0 ? nil : ShiftKind.allCases[kindIndex - 1]
            return .run(.duty(.addShift(date: date, span: span, kind: kind, workers: workers, month: month, by: user.id)))
        case .book, .intake: return AppointmentForms.submit(&editor, s, user: user, now: now, rooms: rooms)
        case .swap(let shift):
            let names = editor.form["to"].chosen
            guard let to = s.people.first(where: { names.contains($0.name) }) else { return .none }
            return .run(.duty(.askSwap(shift: shift.id, from: user.id, to: to.id, month: month)))
        }
    }

    /// The date typed in field `id`, or nil with the reason under it.
    static func form(_ form: inout FormState, dateIn id: String) -> LocalDate? {
        let typed = form[id].text.trimmingCharacters(in: .whitespaces)
        return form.check(id, LocalDate(iso: typed).map { .success($0) } ?? .failure(InputError(DutyText.dateFormat)))
    }

    static func templateValue(_ form: inout FormState, _ s: DutySnapshot) -> ShiftTemplate? {
        guard let span = form.check("span", TimeSpan.parse(form["span"].text)) else { return nil }
        let workers = s.people.filter { form["workers"].chosen.contains($0.name) }.map(\.id)
        if workers.isEmpty { form.fail("workers", DutyText.pickWorkers); return nil }
        let repeatIndex = form["repeat"].selected.first ?? 0
        if repeatIndex == 2 { return ShiftTemplate(id: 0, recurrence: .holidays, span: span, workers: workers) }
        let weekday = Weekday(rawValue: (form["weekday"].selected.first ?? 0) + 1)!
        let typed = form["anchor"].text.trimmingCharacters(in: .whitespaces)
        let first = s.roster.month.days.first { $0.weekday == weekday }!
        var anchor = first
        if !typed.isEmpty {
            guard let day = Self.form(&form, dateIn: "anchor") else { return nil }
            if day.weekday != weekday { form.fail("anchor", DutyText.anchorWrongDay); return nil }
            anchor = day
        }
        return ShiftTemplate(id: 0, recurrence: .weekly(weekday, everyWeeks: repeatIndex == 1 ? 2 : 1, anchor: anchor),
                             span: span, workers: workers)
    }

    static func hoursValue(_ form: inout FormState) -> ServiceHours? {
        var spans: [String: TimeSpan?] = [:]
        for id in ["office", "evening", "weekend", "holiday"] {
            let text = form[id].text.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { spans[id] = .some(nil); continue }
            guard let span = form.check(id, TimeSpan.parse(text)) else { return nil }
            spans[id] = span
        }
        let evenings = Set(form["eveningDays"].selected.compactMap { Weekday(rawValue: $0 + 1) })
        let weekends = Set(form["weekendDays"].selected.compactMap { Weekday(rawValue: $0 + 6) })
        return ServiceHours(office: spans["office"] ?? nil, evening: spans["evening"] ?? nil, eveningDays: evenings,
                            weekend: spans["weekend"] ?? nil, weekendDays: weekends, holiday: spans["holiday"] ?? nil)
    }
}
