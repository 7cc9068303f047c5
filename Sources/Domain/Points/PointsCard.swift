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
            return .failure(InputError("积分卡已由书记签名，内容不得涂改；如须修改，请以更正方式进行并写明理由（积分规则说明 4）"))
        }
        var card = self
        card.lines = newLines
        return .success(card)
    }

    /// The card signed by `person`, who must be a secretary, when every line can be scored.
    public func signed(by person: Person, on date: LocalDate, rules: RuleSet) -> Result<PointsCard, InputError> {
        if signature != nil { return .failure(InputError("积分卡已签名，不能再次签名")) }
        guard person.has(.secretary) else { return .failure(InputError("只有书记可以签名确认积分卡（\(person.name)不是书记）")) }
        if let problem = Self.firstProblem(lines, rules: rules) { return .failure(problem) }
        var card = self
        card.signature = Signature(personID: person.id, name: person.name, date: date)
        return .success(card)
    }

    /// The signed card amended to `newLines` by `person` (a secretary), with a reason.
    public func amended(lines newLines: [PointsLine], reason: String, by person: Person, on date: LocalDate,
                        rules: RuleSet) -> Result<PointsCard, InputError> {
        guard signature != nil else { return .failure(InputError("积分卡尚未签名，可直接修改，无须更正")) }
        guard person.has(.secretary) else { return .failure(InputError("只有书记可以更正已签名的积分卡")) }
        let why = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !why.isEmpty else { return .failure(InputError("更正已签名的积分卡须写明理由")) }
        guard newLines != currentLines else { return .failure(InputError("更正内容与现有内容相同")) }
        if let problem = Self.firstProblem(newLines, rules: rules) { return .failure(problem) }
        var card = self
        card.amendments.append(Amendment(lines: newLines, reason: why, personID: person.id, name: person.name, date: date))
        return .success(card)
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

/// A change to a signed card: the lines after it, why, by whom and when.
public struct Amendment: Sendable, Equatable, Codable {
    public var lines: [PointsLine]
    public var reason: String
    public var personID: Int64
    public var name: String
    public var date: LocalDate

    public init(lines: [PointsLine], reason: String, personID: Int64, name: String, date: LocalDate) {
        self.lines = lines
        self.reason = reason
        self.personID = personID
        self.name = name
        self.date = date
    }
}
