import Domain

/// The funds of one committee of the demo street, for `baishihui street demo`, which makes them
/// through the committee's own storage calls so that each goes up through the outbox: the same
/// plan and payees as the demo file, drawn from the seed and the committee's place in the street.
/// A few more go to the street than in the demo file (one in three above the local limit), so the
/// street's review has work.
public enum DemoStreetFunds {
    /// One request: what the worker asks for, on its day.
    public struct Draft: Sendable, Equatable {
        public var request: ExpenseRequest
        /// Above the local limit: it waits for the street's review before the committee approves it.
        public var toStreet: Bool
    }

    /// The year plan's lines of `year` (the demo file's plan).
    public static func planLines() -> [PlanLine] {
        DemoText.plan.map { fund, category, project, amount in
            PlanLine(id: 0, fund: fund, category: category, project: project, amount: amount)
        }
    }

    /// The requests of committee `index`, oldest first: two to four a month on working days up to `settings.asOf`.
    public static func drafts(committee index: Int, settings: DemoSettings, rules: RuleSet) -> [Draft] {
        var rng = SplitMix64(seed: settings.seed).derived(UInt64(index) + 1).derived(23)
        var drafts = [Draft]()
        for month in settings.monthRange {
            let days = month.days.filter { $0 <= settings.asOf && !$0.weekday.isWeekend }
            guard !days.isEmpty else { continue }
            for _ in 0..<rng.int(2...4) {
                let (fund, category, project, _) = rng.pick(DemoText.plan)
                let amount = rng.chance(0.67) ? Int64(rng.int(30_00...500_00)) : Int64(rng.int(520_00...3_000_00))
                let toStreet = ExpenseApproval.route(for: amount, rules: rules) != .local
                let request = ExpenseRequest(
                    fund: fund, category: category, project: project, amount: amount,
                    payee: rng.pick(DemoText.payees[category] ?? ["百联超市"]),
                    purpose: "\(project)：\(toStreet ? "项目采购" : "日常开支")", payment: .bankTransfer, date: rng.pick(days),
                    receipts: "No.\(rng.int(1000...9999))", payeeKind: .organisation)
                drafts.append(Draft(request: request, toStreet: toStreet))
            }
        }
        return drafts.sorted { $0.request.date < $1.request.date }
    }
}
