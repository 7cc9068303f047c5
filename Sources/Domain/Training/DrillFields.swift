import Foundation

/// The fields each kind of expectation compares, built from the fields the scenario wrote.
enum DrillFields {
    static func reception(_ e: Expectation, calendar: WorkingDayCalendar) -> [DrillField<ReceptionRecord>] {
        var fields: [DrillField<ReceptionRecord>?] = [
            .equal("居民", e.resident) { $0.content.residentName },
            .equal("楼室号", e.room) { $0.content.room },
            .contains("政策事项", e.policy) { $0.content.policyTitle },
            .equal("办理结果", e.outcome?.title) { $0.content.outcome.title },
            .contains("转办部门", e.department) { $0.content.department },
        ]
        if let n = e.replyWorkingDays {
            fields.append(DrillField(
                label: "答复期限", expected: "接待日后 \(n) 个工作日",
                found: { r in r.content.replyDue.map { $0.iso } ?? "（无）" },
                matches: { r in r.content.replyDue == workingDay(n, after: r.content.date, calendar: calendar) }))
        }
        return fields.compactMap { $0 }
    }

    static func visit(_ e: Expectation) -> [DrillField<VisitRecord>] {
        [
            .equal("楼室号", e.room) { $0.room },
            .equal("走访类型", e.visitKind?.title) { $0.kind.title },
            .flag("困难或诉求", e.needsDifficulty ? true : nil) { !$0.difficulty.isEmpty },
        ].compactMap { $0 }
    }

    static func household(_ e: Expectation) -> [DrillField<Household>] {
        var fields: [DrillField<Household>?] = [.equal("楼室号", e.room) { $0.room }]
        if !e.tags.isEmpty {
            let want = e.tags.joined(separator: "、")
            fields.append(DrillField(label: "标签", expected: want, found: { DrillField<Household>.empty($0.tags.joined(separator: "、")) },
                                     matches: { h in e.tags.allSatisfy(h.tags.contains) }))
        }
        return fields.compactMap { $0 }
    }

    static func signIn(_ e: Expectation, rules: RuleSet) -> [DrillField<DrillFacts.SignIn>] {
        let grace = rules.duty.signInGraceMinutes
        return [DrillField(
            label: "签到", expected: "开始后 \(grace) 分钟内",
            found: { s in
                let late = Int(s.at.timeIntervalSince(s.shiftStart) / 60)
                return late <= 0 ? "按时（\(ClockTime.of(s.at).text)）" : "\(ClockTime.of(s.at).text)，开始后 \(late) 分钟"
            },
            matches: { s in s.at.timeIntervalSince(s.shiftStart) <= TimeInterval(grace * 60) })]
    }

    static func expense(_ e: Expectation) -> [DrillField<ExpenseRecord>] {
        [
            .equal("金额", e.amount.map { Money.yuan($0) + " 元" }) { Money.yuan($0.expense.amount) + " 元" },
            .equal("经费", e.fund?.title) { $0.expense.fund.title },
            .equal("用途", e.category?.title) { $0.expense.category.title },
            .flag("街道审核记录", e.streetReview) { $0.review != nil },
            .flag("街道审批记录", e.streetApproval) { $0.review.map { !$0.awaitsApproval } ?? false },
            .equal("同意的审批人数", e.approvals.map { String($0) }) { r in String(r.decisions.filter(\.approved).count) },
            approvers(e.approverRoles),
            reviewRecorder(e.reviewRecorderRoles),
            .flag("支付记录", e.paid) { $0.payment != nil && $0.reversal == nil },
        ].compactMap { $0 }
    }

    /// "同意的审批人 书记和主任": each role approved, each by a different person.
    static func approvers(_ roles: Set<Role>) -> DrillField<ExpenseRecord>? {
        guard !roles.isEmpty else { return nil }
        let want = roles.sorted().map(\.title).joined(separator: "和")
        return DrillField(label: "同意的审批人", expected: want, found: { r in
            DrillField<ExpenseRecord>.empty(r.decisions.filter(\.approved).map { "\($0.role.title) \($0.person.name)" }.joined(separator: "、"))
        }, matches: { r in
            let approved = r.decisions.filter(\.approved)
            let people = roles.compactMap { role in approved.first { $0.role == role }?.person.id }
            return people.count == roles.count && Set(people).count == roles.count
        })
    }

    /// "街道审核登记人 书记或主任": the person who entered the street's review holds one of `roles`.
    static func reviewRecorder(_ roles: Set<Role>) -> DrillField<ExpenseRecord>? {
        guard !roles.isEmpty else { return nil }
        return DrillField(label: "街道审核登记人", expected: roles.sorted().map(\.title).joined(separator: "或"), found: { r in
            guard let p = r.review?.recordedBy else { return "（空）" }
            return "\(p.name)（\(Role.describe(p.roles))）"
        }, matches: { r in r.review?.recordedBy.map { !$0.roles.isDisjoint(with: roles) } ?? false })
    }

    static func points(_ e: Expectation) -> [DrillField<DrillFacts.PointsEntry>] {
        [
            .equal("社工", e.worker) { $0.workerName },
            .equal("分项", e.item?.title) { $0.line.item.title },
            .equal("数量", e.count.map { String($0) }) { p in
                if case .count(let n) = p.line.claim { return String(n) }
                return "（非计数）"
            },
            .flag("计分依据", e.needsEvidence ? true : nil) { !$0.line.evidence.trimmingCharacters(in: .whitespaces).isEmpty },
        ].compactMap { $0 }
    }

    /// The `n`-th working day after `day` on the holiday calendar (the day itself not counted).
    static func workingDay(_ n: Int, after day: LocalDate, calendar: WorkingDayCalendar) -> LocalDate {
        var date = day, left = n
        while left > 0 {
            date = date.adding(days: 1)
            if calendar.isWorkingDay(date) { left -= 1 }
        }
        return date
    }
}
