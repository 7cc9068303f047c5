import Domain
import Storage

/// A committee's year plan, its expenses on both routes and the manual lines of the points cards.
///
/// Four in five expenses are at most 500 yuan and approved by the secretary and the director; the
/// rest go to the street office's review first. Those of the last weeks before `asOf` are still
/// waiting (for approval, review or payment), and each June two 480-yuan payments to one payee
/// ten days apart show the split warning: on screen these are warnings, and `check` still passes.
struct DemoFunds {
    let settings: DemoSettings
    let staff: DemoStaff
    let streetOffice: String
    let rules: RuleSet
    var rng: SplitMix64

    private var years: [Int] { Array(Set(settings.monthRange.map(\.year))).sorted() }

    mutating func planLines(_ ids: inout DemoIDs) -> [DemoBatch.PlanLine] {
        years.flatMap { year in
            DemoText.plan.map { fund, category, project, amount in
                ids.plan += 1
                return DemoBatch.PlanLine(id: ids.plan, year: year, fund: fund, category: category, project: project,
                                          amount: amount, setBy: staff.secretary.id,
                                          at: DemoTime.instant(LocalDate(year: year, month: 1, day: 10)!, minute: 600))
            }
        }
    }

    mutating func expenses(_ ids: inout DemoIDs) -> [DemoBatch.Expense] {
        var drafts = [DemoBatch.Expense]()
        for month in settings.monthRange {
            let days = month.days.filter { $0 <= settings.asOf && !$0.weekday.isWeekend }
            guard !days.isEmpty else { continue }
            for _ in 0..<rng.int(3...7) { drafts.append(expense(on: rng.pick(days), amount: nil, payee: nil)) }
            if month.month == 6, days.count > 12 {
                drafts.append(expense(on: days[1], amount: 480_00, payee: "得力文具店", category: 0))
                drafts.append(expense(on: days[11], amount: 475_50, payee: "得力文具店", category: 0))
            }
        }
        drafts.sort { $0.date < $1.date }
        for i in drafts.indices {
            ids.expense += 1
            drafts[i].id = ids.expense
            if drafts[i].paidOn != nil { ids.ledger += 1; drafts[i].ledgerID = ids.ledger }
        }
        return drafts
    }

    private mutating func expense(on date: LocalDate, amount fixed: Int64?, payee fixedPayee: String?,
                                  category index: Int? = nil) -> DemoBatch.Expense {
        let (fund, category, project, _) = DemoText.plan[index ?? rng.int(0...(DemoText.plan.count - 1))]
        let amount = fixed ?? (rng.chance(0.8) ? Int64(rng.int(30_00...500_00)) : Int64(rng.int(520_00...8_000_00)))
        let local = ExpenseApproval.route(for: amount, rules: rules) == .local
        var approvals = [(person: Int64, role: Role, date: LocalDate)]()
        var review: (reviewer: String, reference: String, date: LocalDate)?
        var streetApproval: (approver: String, reference: String, date: LocalDate)?
        let decided = date.adding(days: local ? rng.int(1...2) : rng.int(3...8))
        if decided <= settings.asOf {
            if local {
                approvals = [(staff.secretary.id, .secretary, decided), (staff.director.id, .director, decided)]
            } else {
                let number = rng.int(1...300)
                review = ("\(streetOffice)自治办", "\(streetOffice.prefix(2))审〔\(date.year)〕\(number)号", decided)
                streetApproval = ("\(streetOffice)办事处", "\(streetOffice.prefix(2))批〔\(date.year)〕\(number)号", decided)
            }
        }
        let paidOn = decided.adding(days: rng.int(1...5))
        let payment: PaymentMethod = !local ? .bankTransfer : rng.chance(0.1) ? .cash : .officialCard
        return DemoBatch.Expense(
            id: 0, date: date, fund: fund, category: category, project: project, amount: amount,
            payee: fixedPayee ?? rng.pick(DemoText.payees[category] ?? ["百联超市"]),
            purpose: "\(project)：\(local ? "日常开支" : "项目采购")", payment: payment, requester: staff.bookkeeper.id,
            approvals: approvals, review: review, paidOn: paidOn <= settings.asOf && decided <= settings.asOf ? paidOn : nil,
            paidBy: staff.bookkeeper.id, ledgerID: nil, reviewRecordedBy: staff.secretary.id, streetApproval: streetApproval)
    }

    // MARK: - Points

    /// Training, volunteering and campaign lines, entered by the secretary at each month's end.
    mutating func pointsEntries(_ ids: inout DemoIDs) -> [DemoBatch.PointsEntry] {
        var result = [DemoBatch.PointsEntry]()
        for month in settings.monthRange {
            let day = min(month.lastDay, settings.asOf)
            let at = DemoTime.instant(day, minute: 1020)
            for worker in staff.workers {
                for (item, chance, evidence) in Self.manual where rng.chance(chance) {
                    ids.points += 1
                    let line = PointsLine(item, .count(rng.int(1...3)), evidence: "\(evidence)（\(month.chinese)）")
                    result.append(DemoBatch.PointsEntry(id: ids.points, worker: worker.id, month: month, line: line,
                                                        enteredBy: staff.secretary.id, at: at))
                }
            }
        }
        return result
    }

    static let manual: [(PointsItem, Double, String)] = [
        (.training, 0.6, "学习培训签到表"), (.volunteering, 0.4, "《志愿服务记录册》"), (.campaign, 0.25, "《专项行动工作计划》"),
    ]
}
