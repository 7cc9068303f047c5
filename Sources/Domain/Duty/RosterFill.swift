/// Fills a month of the roster from the templates, with the holiday calendar (实施意见 二(二)):
/// each shift takes the kind of its day; a weekday-evening template skips a holiday (the
/// holiday shifts cover it) and a weekend template skips a make-up working day (班), when the
/// office is open as on a weekday. Each skipped day says why.
public enum RosterFill {
    /// The drafts for `month` and a verdict for each day a template skipped.
    public static func fill(_ month: Month, templates: [ShiftTemplate], calendar: WorkingDayCalendar,
                            rules: RuleSet) -> (drafts: [ShiftDraft], skipped: [Verdict]) {
        var drafts: [ShiftDraft] = []
        var skipped: [Verdict] = []
        for day in month.days {
            for template in templates {
                switch decide(template, on: day, calendar: calendar) {
                case .add(let kind):
                    drafts.append(ShiftDraft(date: day, span: template.span, kind: kind, workers: template.workers,
                                             templateID: template.id))
                case .skip(let reason):
                    skipped.append(Verdict(.dutyTemplates, in: rules, .warning, reason, numbers: [.count("template", Int(template.id))]))
                case .none:
                    break
                }
            }
        }
        return (drafts, skipped)
    }

    enum Decision: Equatable {
        case add(ShiftKind)
        case skip(String)
        case none
    }

    /// What `template` does on `day`.
    static func decide(_ template: ShiftTemplate, on day: LocalDate, calendar: WorkingDayCalendar) -> Decision {
        let dayKind = calendar.kind(of: day)
        if case .holidays = template.recurrence {
            if case .holiday = dayKind { return .add(.holiday) }
            return .none
        }
        guard template.falls(on: day) else { return .none }
        switch dayKind {
        case .holiday(let name):
            // A weekend template keeps its day as a holiday shift; an evening template gives way to the holiday ones.
            if day.weekday.isWeekend { return .add(.holiday) }
            return .skip(DutyText.skippedHoliday(day, name, template))
        case .makeUpWorkday(let name):
            return .skip(DutyText.skippedMakeUp(day, name, template))
        case .weekend: return .add(.weekend)
        case .working: return .add(.weekdayEvening)
        }
    }
}
