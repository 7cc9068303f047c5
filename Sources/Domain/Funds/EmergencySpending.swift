/// Emergency spending (先行支出、后补手续, 附件一 三(二)): money spent on a recorded verbal
/// approval, with the written application due within the rule set's days (7) of the spending;
/// after that the expense is flagged.
public struct EmergencySpending: Sendable, Equatable, Codable {
    /// Who approved verbally and when; without it the spending is refused.
    public var verbalApproval: VerbalApproval?
    public var spentOn: LocalDate
    /// When the written application was filed, if it was.
    public var writtenApplicationOn: LocalDate?

    public init(verbalApproval: VerbalApproval?, spentOn: LocalDate, writtenApplicationOn: LocalDate? = nil) {
        self.verbalApproval = verbalApproval
        self.spentOn = spentOn
        self.writtenApplicationOn = writtenApplicationOn
    }

    /// The last day for the written application.
    public func deadline(rules: RuleSet) -> LocalDate { spentOn.adding(days: rules.money.writtenApplicationDays) }

    // MARK: - Verdict

    /// The state of the paperwork on `today`.
    public func evaluate(today: LocalDate, rules: RuleSet) -> Verdict {
        let due = deadline(rules: rules)
        let days = rules.money.writtenApplicationDays
        let numbers: [Figure] = [.days("deadlineDays", days)]
        guard let approval = verbalApproval, !approval.approver.trimmed.isEmpty else {
            return Verdict(.emergency, in: rules, .refusal, "先行支出须先口头申报并获得批准，请记录批准人和日期", numbers: numbers)
        }
        let head = "先行支出（\(approval.approver) \(approval.date) 口头批准），书面申请须在支出后 \(days) 天内（本程序取值）、即 \(due) 前补交"
        if let filed = writtenApplicationOn {
            let late = filed.days(since: due)
            if late <= 0 { return Verdict(.emergency, in: rules, .ok, "\(head)：已于 \(filed) 补交", numbers: numbers) }
            return Verdict(.emergency, in: rules, .warning, "\(head)：\(filed) 才补交，逾期 \(late) 天",
                           numbers: numbers + [.days("daysLate", late)])
        }
        let left = due.days(since: today)
        if left >= 0 {
            return Verdict(.emergency, in: rules, .needs, "\(head)：尚未补交，还剩 \(left) 天",
                           numbers: numbers + [.days("daysLeft", left)], need: .writtenApplication(due: due))
        }
        return Verdict(.emergency, in: rules, .warning, "\(head)：已逾期 \(-left) 天仍未补交，已标记",
                       numbers: numbers + [.days("daysLate", -left)], need: .writtenApplication(due: due))
    }
}

/// A verbal approval of emergency spending: who gave it and when.
public struct VerbalApproval: Sendable, Equatable, Codable {
    /// The approver's name as shown (free text on rows recorded before approvers were chosen from the people).
    public var approver: String
    public var date: LocalDate
    /// The 书记 or 主任 who gave it, chosen from the people; nil on old free-text rows, which pay nothing.
    public var person: Person?

    public init(approver: String, date: LocalDate, person: Person? = nil) {
        self.approver = approver
        self.date = date
        self.person = person
    }

    /// The approval given by `person` on `date`.
    public init(by person: Person, date: LocalDate) {
        self.init(approver: person.name, date: date, person: person)
    }
}
