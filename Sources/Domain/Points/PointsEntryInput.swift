/// A line of the points card as a person types it — in the secretary's form or a row of
/// `import points` (`分项,数量,得分,计分依据`) — read into a `PointsLine` and checked by the same
/// rules as any line (`PointsScorer.check`).
///
/// 数量 is a count for items scored per unit (天, 篇, 次), and a word for the others: the award's
/// scope and level ("个人市级", "集体区级"), the inspection's ("个人", "居委会"), the contest's prize
/// ("参赛", "一等奖"); for 居民投诉 and 矛盾调处 it is empty and 得分 is the negative value; for
/// 安全守纪 得分 is "清零". 得分 may be left empty for items the rules score; when typed it must agree
/// with the rules, so a figure nobody can explain is never saved. For deductions 计分依据 is the
/// 会议记录 reference of the committee's collective decision.
public enum PointsEntryInput {
    /// The items a person enters (every item not proven by a tab's records).
    public static let manualItems: [PointsItem] = [
        .campaign, .volunteering, .awards, .publicity, .inspection, .training, .contest, .complaint, .dispute, .breach,
    ]

    /// The line typed, or the reason it was refused.
    public static func parse(item itemText: String, quantity: String, points: String, evidence: String,
                             rules: RuleSet) -> Result<PointsLine, InputError> {
        let title = itemText.trimmed
        guard let item = manualItems.first(where: { $0.title == title }) else {
            if PointsItem.allCases.contains(where: { $0.title == title }) { return .failure(InputError(PointsText.computed(title))) }
            return .failure(InputError(PointsText.unknownItem(title)))
        }
        let typedPoints = points.trimmed
        let evidenceLabel = item.isDeduction ? "会议记录" : "计分依据"
        let evidenceLimit = item.isDeduction ? FieldText.shortLength : FieldText.noteLength
        for (label, text, limit) in [("数量", quantity, FieldText.shortLength), ("得分", points, FieldText.shortLength),
                                     (evidenceLabel, evidence, evidenceLimit)] {
            if let error = FieldText.problem(text.trimmed, label: label, maxLength: limit) { return .failure(error) }
        }
        return claim(item, quantity.trimmed, typedPoints).flatMap { claim in
            let line = item.isDeduction ? PointsLine(item, claim, evidence: "", meetingRecord: evidence.trimmed)
                                        : PointsLine(item, claim, evidence: evidence.trimmed)
            if let problem = PointsScorer.check(line, rules: rules) { return .failure(InputError(problem.message)) }
            return agree(line, typedPoints, rules: rules)
        }
    }

    // MARK: - Inside

    private static func claim(_ item: PointsItem, _ quantity: String, _ points: String) -> Result<PointsClaim, InputError> {
        switch item.claimKind {
        case .count:
            guard let n = Int(TypedNumber.normalize(quantity)), n >= 0 else {
                return .failure(InputError(PointsText.badCount(item, quantity)))
            }
            guard n <= Points.maxTypedCount else { return .failure(InputError(PointsText.tooMany(item, n))) }
            return .success(.count(n))
        case .award:
            let scope: AwardScope? = quantity.hasPrefix("个人") ? .individual : quantity.hasPrefix("集体") ? .collective : nil
            let level = AwardLevel.allCases.first { quantity.hasSuffix($0.title) || quantity.hasSuffix(String($0.title.dropLast())) }
            guard let scope, let level else { return .failure(InputError(PointsText.badAward(quantity))) }
            return .success(.award(scope, level))
        case .inspection:
            if quantity == "个人" { return .success(.inspection(.individual)) }
            if quantity == "居委会" || quantity == "集体" { return .success(.inspection(.committee)) }
            return .failure(InputError(PointsText.badInspection(quantity)))
        case .contest:
            if quantity == "参赛" || quantity.isEmpty { return .success(.contest(nil)) }
            guard let prize = ContestPrize.allCases.first(where: { $0.title == quantity }) else {
                return .failure(InputError(PointsText.badContest(quantity)))
            }
            return .success(.contest(prize))
        case .deduction:
            return Points.parse(points).map { .deduction($0) }
        case .breach:
            guard points == "清零" || points.isEmpty else { return .failure(InputError(PointsText.badBreach(points))) }
            return .success(.breach)
        case .households:
            return .failure(InputError(PointsText.computed(item.title)))
        }
    }

    /// The line when the points typed (if any) are what the rules give for it.
    private static func agree(_ line: PointsLine, _ typed: String, rules: RuleSet) -> Result<PointsLine, InputError> {
        guard !typed.isEmpty, line.claim.kind != .deduction, line.claim != .breach else { return .success(line) }
        let scored = PointsScorer.score(line, rules: rules)
        return Points.parse(typed).flatMap { tenths in
            tenths == scored.points ? .success(line) : .failure(InputError(PointsText.disagree(typed, scored.verdict.message)))
        }
    }
}
