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
            if PointsItem.allCases.contains(where: { $0.title == title }) { return .failure(InputError(PointsEntryText.computed(title))) }
            return .failure(InputError(PointsEntryText.unknownItem(title)))
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
                return .failure(InputError(PointsEntryText.badCount(item, quantity)))
            }
            guard n <= Points.maxTypedCount else { return .failure(InputError(PointsEntryText.tooMany(item, n))) }
            return .success(.count(n))
        case .award:
            let scope: AwardScope? = quantity.hasPrefix("个人") ? .individual : quantity.hasPrefix("集体") ? .collective : nil
            let level = AwardLevel.allCases.first { quantity.hasSuffix($0.title) || quantity.hasSuffix(String($0.title.dropLast())) }
            guard let scope, let level else { return .failure(InputError(PointsEntryText.badAward(quantity))) }
            return .success(.award(scope, level))
        case .inspection:
            if quantity == "个人" { return .success(.inspection(.individual)) }
            if quantity == "居委会" || quantity == "集体" { return .success(.inspection(.committee)) }
            return .failure(InputError(PointsEntryText.badInspection(quantity)))
        case .contest:
            if quantity == "参赛" || quantity.isEmpty { return .success(.contest(nil)) }
            guard let prize = ContestPrize.allCases.first(where: { $0.title == quantity }) else {
                return .failure(InputError(PointsEntryText.badContest(quantity)))
            }
            return .success(.contest(prize))
        case .deduction:
            return Points.parse(points).map { .deduction($0) }
        case .breach:
            guard points == "清零" || points.isEmpty else { return .failure(InputError(PointsEntryText.badBreach(points))) }
            return .success(.breach)
        case .households:
            return .failure(InputError(PointsEntryText.computed(item.title)))
        }
    }

    /// The line when the points typed (if any) are what the rules give for it.
    private static func agree(_ line: PointsLine, _ typed: String, rules: RuleSet) -> Result<PointsLine, InputError> {
        guard !typed.isEmpty, line.claim.kind != .deduction, line.claim != .breach else { return .success(line) }
        let scored = PointsScorer.score(line, rules: rules)
        return Points.parse(typed).flatMap { tenths in
            tenths == scored.points ? .success(line) : .failure(InputError(PointsEntryText.disagree(typed, scored.verdict.message)))
        }
    }
}

/// The Chinese sentences of `PointsEntryInput`, kept together.
enum PointsEntryText {
    static func unknownItem(_ text: String) -> String {
        "分项“\(FieldText.echo(text))”不是积分卡上的项目；可填写：" + PointsEntryInput.manualItems.map(\.title).joined(separator: "、")
    }
    static func computed(_ title: String) -> String { "“\(title)”由各模块的记录自动计算，不能手工填写" }
    static func badCount(_ item: PointsItem, _ text: String) -> String {
        "“\(item.title)”的数量须为不小于 0 的整数（\(item.unit)），不能是“\(FieldText.echo(text))”"
    }
    static func tooMany(_ item: PointsItem, _ n: Int) -> String {
        "“\(item.title)”一个月最多填写 \(Points.maxTypedCount) \(item.unit)（本程序取值：一个月至多 31 天），不能是 \(n)"
    }
    static func badAward(_ text: String) -> String { "获奖情况的数量栏请写“个人市级”“个人区级”“个人街镇级”或“集体市级”等，不能是“\(FieldText.echo(text))”" }
    static func badInspection(_ text: String) -> String { "督查考评的数量栏请写“个人”或“居委会”，不能是“\(FieldText.echo(text))”" }
    static func badContest(_ text: String) -> String { "业务提升的数量栏请写“参赛”“一等奖”“二等奖”或“三等奖”，不能是“\(FieldText.echo(text))”" }
    static func badBreach(_ text: String) -> String { "安全守纪的得分栏只能写“清零”，不能是“\(FieldText.echo(text))”" }
    static func disagree(_ typed: String, _ rule: String) -> String { "填写的得分 \(typed) 与规则不符：\(rule)" }
}
