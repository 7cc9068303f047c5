/// The rules of a patrol's record and of its open findings, as verdicts citing 实施意见 二(四):
/// someone walked it, in a zone, on a day not ahead; a finding says what and where; one handed to
/// the 网格化管理中心 carries its case number; a finding handled on the spot is closed with the
/// patrol; and an open finding older than the rule set's days (本程序取值) is overdue.
public enum PatrolRules {
    /// Every problem of `patrol` recorded on `today`; empty when it may be kept.
    public static func problems(_ patrol: Patrol, today: LocalDate, rules: RuleSet) -> [Verdict] {
        let refuse = { (text: String) in Verdict(.patrols, in: rules, .refusal, text) }
        var found: [Verdict] = []
        if patrol.patrollers.isEmpty { found.append(refuse(PatrolText.noPatroller)) }
        if patrol.zone.trimmed.isEmpty { found.append(refuse(PatrolText.noZone)) }
        if patrol.date > today { found.append(refuse(PatrolText.future(patrol.date))) }
        for (index, finding) in patrol.findings.enumerated() {
            found += problems(finding, number: index + 1, patrolDate: patrol.date, today: today, rules: rules)
        }
        return found
    }

    /// The problems of one finding (the `number`th of its patrol).
    static func problems(_ f: PatrolFinding, number: Int, patrolDate: LocalDate, today: LocalDate, rules: RuleSet) -> [Verdict] {
        let refuse = { (text: String) in Verdict(.patrols, in: rules, .refusal, PatrolText.finding(number, text)) }
        var found: [Verdict] = []
        if f.place.trimmed.isEmpty { found.append(refuse(PatrolText.noPlace)) }
        if f.problem.trimmed.isEmpty { found.append(refuse(PatrolText.noProblem)) }
        if case .gridCentre(let number) = f.handling, number.trimmed.isEmpty { found.append(refuse(PatrolText.noCaseNumber)) }
        if let closure = f.closure, let problem = closureProblem(closure, opened: patrolDate, today: today) { found.append(refuse(problem)) }
        return found
    }

    /// Why `closure` cannot close a finding found on `opened`, or nil.
    public static func closureProblem(_ closure: FindingClosure, opened: LocalDate, today: LocalDate) -> String? {
        if closure.outcome.trimmed.isEmpty { return PatrolText.noOutcome }
        if closure.date < opened { return PatrolText.closedBeforeFound(closure.date, opened) }
        if closure.date > today { return PatrolText.future(closure.date) }
        return nil
    }

    /// A finding handled on the spot is closed with its patrol, what was found being what was done.
    public static func closingOnTheSpot(_ patrol: Patrol) -> Patrol {
        var patrol = patrol
        for i in patrol.findings.indices where patrol.findings[i].handling == .onTheSpot && patrol.findings[i].closure == nil {
            patrol.findings[i].closure = FindingClosure(date: patrol.date, outcome: FindingHandling.Kind.onTheSpot.title)
        }
        return patrol
    }

    /// Whether an open finding of a patrol on `found` is past the rule set's days on `today`.
    public static func isOverdue(found: LocalDate, today: LocalDate, rules: RuleSet) -> Bool {
        today.days(since: found) > rules.patrols.openDays
    }

    /// The sentence of an overdue finding: how long it has been open against the local limit.
    public static func overdue(found: LocalDate, today: LocalDate, rules: RuleSet) -> Verdict {
        let days = today.days(since: found)
        return Verdict(.patrols, in: rules, .warning, PatrolText.overdue(days, limit: rules.patrols.openDays),
                       numbers: [.days("open", days), .days("limit", rules.patrols.openDays)])
    }
}
