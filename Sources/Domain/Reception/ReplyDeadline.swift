/// When a 待回复 matter must be answered (附件二 四(三): 及时反馈和回复): by default the rule
/// set's number of working days after the consultation's day, counted on the holiday calendar;
/// and whether a record waiting for a reply is overdue.
public enum ReplyDeadline {
    // MARK: - The default due date

    /// The `rules.reception.replyWorkingDays`-th working day after `day` (the day itself not counted).
    public static func due(after day: LocalDate, calendar: WorkingDayCalendar, rules: RuleSet) -> LocalDate {
        var date = day
        var left = rules.reception.replyWorkingDays
        while left > 0 {
            date = date.adding(days: 1)
            if calendar.isWorkingDay(date) { left -= 1 }
        }
        return date
    }

    /// "答复期限：接待日后 3 个工作日（节假日顺延），即 2026-12-02（附件二 四(三)）", a warning that
    /// says so when the count ran into a year whose holidays are not loaded.
    public static func explain(after day: LocalDate, calendar: WorkingDayCalendar, rules: RuleSet) -> Verdict {
        let due = due(after: day, calendar: calendar, rules: rules)
        let n = rules.reception.replyWorkingDays
        let note = calendar.uncoveredNote(from: day.adding(days: 1), through: due).map { "；\($0)" } ?? ""
        return Verdict(.receptionReply, in: rules, note.isEmpty ? .ok : .warning,
                       "答复期限：接待日后 \(n) 个工作日（节假日顺延），即 \(due.iso)\(note)", numbers: [.days("workingDays", n)])
    }

    // MARK: - Overdue

    /// The verdict on a record still waiting for a reply on `today`: ok until its due day, a
    /// warning after it, with the days overdue; nil when it waits for nothing.
    public static func evaluate(_ record: ReceptionRecord, today: LocalDate, rules: RuleSet) -> Verdict? {
        guard record.awaitsReply, let due = record.content.replyDue else { return nil }
        let late = today.days(since: due)
        if late > 0 {
            return Verdict(.receptionReply, in: rules, .warning, "已逾期 \(late) 天：应于 \(due.iso) 前答复居民",
                           numbers: [.days("overdue", late)])
        }
        let text = late == 0 ? "今天（\(due.iso)）须答复居民" : "还有 \(-late) 天，须于 \(due.iso) 前答复居民"
        return Verdict(.receptionReply, in: rules, .ok, text, numbers: [.days("overdue", late)])
    }

    /// The records waiting for a reply, overdue first (most overdue at the top), then by due date.
    public static func followUps(_ records: [ReceptionRecord]) -> [ReceptionRecord] {
        records.filter(\.awaitsReply).sorted {
            let a = $0.content.replyDue ?? $0.content.date, b = $1.content.replyDue ?? $1.content.date
            return a == b ? $0.id < $1.id : a < b
        }
    }
}
