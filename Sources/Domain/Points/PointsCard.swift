import Foundation

/// A worker's monthly points card (附件三): its lines as filled in, the secretary's signature,
/// and the amendments made after signing. A signed card is final (积分规则说明 4): it is never
/// edited, only amended with a reason, and both totals stay visible.
public struct PointsCard: Sendable, Equatable, Codable {
    public var workerID: Int64
    public var month: Month
    /// The lines as filled in, and as signed when the card is signed.
    public private(set) var lines: [PointsLine]
    public private(set) var signature: Signature?
    /// Changes after signing, oldest first; each replaces all lines.
    public private(set) var amendments: [Amendment]

    public init(workerID: Int64, month: Month, lines: [PointsLine] = [],
                signature: Signature? = nil, amendments: [Amendment] = []) {
        self.workerID = workerID
        self.month = month
        self.lines = lines
        self.signature = signature
        self.amendments = amendments
    }

    /// The lines in force: those of the last amendment, or those signed or being filled in.
    public var currentLines: [PointsLine] { amendments.last?.lines ?? lines }
    public var isSigned: Bool { signature != nil }

    // MARK: - Changing the card

    /// The card with `newLines`, while it is not yet signed.
    public func editing(lines newLines: [PointsLine]) -> Result<PointsCard, InputError> {
        guard signature == nil else {
            return .failure(InputError("积分卡已由书记签名，内容不得涂改（积分规则说明 4）；如须修改，请另记更正并写明理由（本程序的做法）"))
        }
        var card = self
        card.lines = newLines
        return .success(card)
    }

    /// The card signed by `person`, who must hold `Permission.signPoints`, when its month has
    /// ended and every line can be scored.
    public func signed(by person: Person, on date: LocalDate, rules: RuleSet) -> Result<PointsCard, InputError> {
        if signature != nil { return .failure(InputError("积分卡已签名，不能再次签名")) }
        if let refusal = Permission.signPoints.refusal(for: person) { return .failure(InputError(refusal)) }
        if let early = Self.signingRefusal(month, on: date) { return .failure(early) }
        if let problem = Self.firstProblem(lines, rules: rules) { return .failure(problem) }
        var card = self
        card.signature = Signature(personID: person.id, name: person.name, date: date)
        return .success(card)
    }

    /// Why `month`'s cards cannot be signed on `date`, or nil once the month has ended. The
    /// standard has the card filled in 按月 (积分规则说明 1) and never altered once filled in
    /// (积分规则说明 4); that signing waits for the month's end is this program's reading
    /// (本程序的做法), so a record of the month's last day still reaches the card.
    public static func signingRefusal(_ month: Month, on date: LocalDate) -> InputError? {
        guard date <= month.lastDay else { return nil }
        return InputError("\(month.chinese)尚未结束，\(month.next.firstDay) 起才能签名"
            + "（积分卡按月填写，积分规则说明 1；月末后签名是本程序的做法）")
    }

    /// The signed card amended to `newLines` by `person` (a secretary), with a reason.
    public func amended(lines newLines: [PointsLine], reason: String, by person: Person, on date: LocalDate,
                        rules: RuleSet) -> Result<PointsCard, InputError> {
        guard signature != nil else { return .failure(InputError("积分卡尚未签名，可直接修改，无须更正")) }
        guard Permission.signPoints.allows(person) else { return .failure(InputError("只有书记可以更正已签名的积分卡")) }
        let why = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !why.isEmpty else { return .failure(InputError("更正已签名的积分卡须写明理由")) }
        guard newLines != currentLines else { return .failure(InputError("更正内容与现有内容相同")) }
        if let problem = Self.firstProblem(newLines, rules: rules) { return .failure(problem) }
        var card = self
        card.amendments.append(Amendment(lines: newLines, reason: why, personID: person.id, name: person.name, date: date))
        return .success(card)
    }

    /// The lines in force before amendment `index` (the signed lines before the first).
    public func linesBefore(amendment index: Int) -> [PointsLine] {
        index == 0 ? lines : amendments[index - 1].lines
    }

    /// The signed card amended by one line: `newLine` added (no `index`), put in place of line
    /// `index` of the lines in force (same item), or line `index` struck (no `newLine`). Lines of
    /// the items the records prove are never amended by hand.
    public func amending(line index: Int?, to newLine: PointsLine?, reason: String, by person: Person, on date: LocalDate,
                         rules: RuleSet) -> Result<PointsCard, InputError> {
        let current = currentLines
        var newLines = current
        let change: LineChange
        switch (index, newLine) {
        case (nil, let line?):
            if let refused = Self.computed(line.item) { return .failure(refused) }
            newLines.append(line)
            change = .add
        case (let i?, let line):
            guard current.indices.contains(i) else { return .failure(InputError("要更正的积分行不存在")) }
            if let refused = Self.computed(current[i].item) { return .failure(refused) }
            if let line {
                guard line.item == current[i].item else {
                    return .failure(InputError("改值只能改同一分项（原为“\(current[i].item.title)”）；其他分项请补记"))
                }
                newLines[i] = line
                change = .change
            } else {
                newLines.remove(at: i)
                change = .strike
            }
        case (nil, nil): return .failure(InputError("没有要更正的内容"))
        }
        return amended(lines: newLines, reason: reason, by: person, on: date, rules: rules).map { card in
            var card = card
            card.amendments[card.amendments.count - 1].change = change
            card.amendments[card.amendments.count - 1].lineIndex = index
            return card
        }
    }

    /// The signed card amended by recomputing a computed item: its line in force replaced by
    /// `line`, the line its records prove now (added when the card has none). This is how records
    /// that reached the month after signing (签名后新增) are taken in: a new amendment with its
    /// reason, the signed card kept as it was (积分规则说明 4; recomputing is 本程序的做法).
    public func recomputing(_ line: PointsLine, reason: String, by person: Person, on date: LocalDate,
                            rules: RuleSet) -> Result<PointsCard, InputError> {
        guard Self.computed(line.item) != nil else { return .failure(Self.notRecomputable(line.item)) }
        let current = currentLines
        let index = current.firstIndex { $0.item == line.item }
        if let index, current[index].claim == line.claim {
            return .failure(InputError("签名后“\(line.item.title)”的记录没有变化，无须重算"))
        }
        var newLines = current
        if let index { newLines[index] = line } else { newLines.append(line) }
        return amended(lines: newLines, reason: reason, by: person, on: date, rules: rules).map { card in
            var card = card
            let last = card.amendments.count - 1
            card.amendments[last].change = index == nil ? .add : .change
            card.amendments[last].lineIndex = index
            card.amendments[last].recomputed = true
            return card
        }
    }

    /// The refusal to recompute an item a person judges (it is amended by changing its value).
    public static func notRecomputable(_ item: PointsItem) -> InputError {
        InputError("“\(item.title)”由书记填写，不按记录重算；请更正其数值")
    }

    /// The refusal for an item the records prove (首问接待, 线上反馈, 社区走访, 错时值班), or nil.
    static func computed(_ item: PointsItem) -> InputError? {
        PointsEntryInput.manualItems.contains(item) ? nil
            : InputError("“\(item.title)”由各模块的记录自动计算，不能手工更正；请更正其记录（本程序的做法：计算的分项只按记录计分）")
    }

    /// The first line that cannot be scored, as an input error.
    private static func firstProblem(_ lines: [PointsLine], rules: RuleSet) -> InputError? {
        lines.lazy.compactMap { PointsScorer.check($0, rules: rules) }.first.map { InputError($0.message) }
    }
}

// MARK: - Signature and amendment

/// The secretary's signature of a card (党总支书记签名).
public struct Signature: Sendable, Equatable, Codable {
    public var personID: Int64
    public var name: String
    public var date: LocalDate

    public init(personID: Int64, name: String, date: LocalDate) {
        self.personID = personID
        self.name = name
        self.date = date
    }
}

/// A change to a signed card: the lines after it, why, by whom and when, and — for a change of
/// one line — what it did and the line it points at (nil for a whole-card amendment).
public struct Amendment: Sendable, Equatable, Codable {
    public var lines: [PointsLine]
    public var reason: String
    public var personID: Int64
    public var name: String
    public var date: LocalDate
    /// Added, changed or struck one line.
    public var change: LineChange?
    /// The line changed or struck, as an index into the lines in force before this amendment.
    public var lineIndex: Int?
    /// Whether the change is a computed item recomputed from its records (重算), not typed.
    public var recomputed = false

    public init(lines: [PointsLine], reason: String, personID: Int64, name: String, date: LocalDate,
                change: LineChange? = nil, lineIndex: Int? = nil, recomputed: Bool = false) {
        self.lines = lines
        self.reason = reason
        self.personID = personID
        self.name = name
        self.date = date
        self.change = change
        self.lineIndex = lineIndex
        self.recomputed = recomputed
    }

    /// The item a recomputation (重算) replaced or added the line of; nil for any other amendment.
    public var recomputedItem: PointsItem? {
        guard recomputed else { return nil }
        return lineIndex.flatMap { lines[safe: $0]?.item } ?? lines.last?.item
    }

    /// "补记", "改值", "划去", or "重算" for a computed item recomputed from its records.
    public var changeTitle: String? { recomputed ? "重算" : change?.title }
}

/// What an amendment did to one line of a signed card.
public enum LineChange: String, Sendable, Equatable, Codable, CaseIterable {
    case add, change, strike

    public var title: String {
        switch self {
        case .add: return "补记"
        case .change: return "改值"
        case .strike: return "划去"
        }
    }
}
