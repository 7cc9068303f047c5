import Domain
import ScreenKit

/// The 议事 page's reducer: opening it over the tabs, moving through a year's meetings, `[` `]`
/// for the year, and `a` to record a meeting (a 书记 or 主任, `Permission.recordMeetings`).
enum MeetingsFeature {
    static func open(_ main: inout MainState, _ context: TabContext) -> Step {
        main.people = nil
        main.training = nil
        main.meetings = MeetingsState(year: context.today.year)
        return .run(.meetings(.load(year: context.today.year)))
    }

    static func handle(_ command: Command, _ state: inout MeetingsState, user: Person, context: TabContext) -> Step {
        if state.editor != nil {
            return FormKeys.handle(command, &state.editor, form: \.form) { submit(&$0.form, user: user, today: context.today) }
        }
        switch command {
        case .add:
            if let refusal = KeyAccess.refusal(.add, in: .meetings, for: user) { return Step(message: .init(refusal, .warning)) }
            state.editor = MeetingsEditor(form: form(today: context.today))
        case .previousMonth, .nextMonth:
            state.year += command == .nextMonth ? 1 : -1
            state.meetings = []
            state.list = ListState()
            return .run(.meetings(.load(year: state.year)))
        default:
            _ = state.list.navigate(command, count: state.meetings.count)
        }
        return .none
    }

    static func apply(_ result: MeetingsResult, _ state: inout MeetingsState?) -> Step {
        guard var s = state else { return .none }
        defer { state = s }
        switch result {
        case .loaded(let year, let meetings):
            guard year == s.year else { return .none }
            s.meetings = meetings
            s.list.clamp(count: meetings.count)
            return .none
        case .recorded(let meeting):
            s.editor = nil
            s.year = meeting.date.year
            return Step(effects: [.meetings(.load(year: s.year))], message: .init(MeetingsText.recorded(meeting), .ok))
        }
    }

    // MARK: - The form

    static func form(today: LocalDate) -> FormState {
        FormState([
            FormField(id: "kind", label: MeetingsText.kindLabel, kind: .choice(MeetingKind.allCases.map(\.title)), selected: [4]),
            FormField(id: "date", label: MeetingsText.dateLabel, value: today.iso, maxLength: 10, hint: "YYYY-MM-DD", width: 12),
            FormField(id: "place", label: MeetingsText.placeLabel, maxLength: MeetingInput.placeLength, width: 30),
            FormField(id: "topic", label: MeetingsText.topicLabel, maxLength: MeetingInput.topicLength),
            FormField(id: "attendees", label: MeetingsText.attendeesLabel, maxLength: MeetingInput.listLength, hint: MeetingsText.namesHint),
            FormField(id: "outside", label: MeetingsText.outsideLabel, maxLength: MeetingInput.listLength, hint: MeetingsText.outsideHint),
            FormField(id: "decisions", label: MeetingsText.decisionsLabel, maxLength: FieldText.importFieldLength,
                      hint: MeetingsText.decisionsHint),
        ])
    }

    /// The meeting typed, sent to storage; what the domain refuses goes under its field.
    static func submit(_ form: inout FormState, user: Person, today: LocalDate) -> Step {
        form.clearErrors()
        guard form.required("place") != nil, form.required("topic") != nil, form.required("attendees") != nil else { return .none }
        let parsed = MeetingInput.parse(kind: form["kind"].chosen.first ?? "", date: form["date"].text, place: form["place"].text,
                                        topic: form["topic"].text, attendees: form["attendees"].text, outside: form["outside"].text,
                                        decisions: form["decisions"].text)
        guard let meeting = form.check("date", parsed) else { return .none }
        return .run(.meetings(.record(meeting, by: user.id)))
    }
}
