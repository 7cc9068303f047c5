import Domain
import ScreenKit

/// A signature waiting for the secretary's yes (`s` one card, `S` every unsigned card of the
/// month), or an amendment recomputing an item of a signed card (`m`, 签名后新增): what it will
/// freeze or take in, in words, and the effect it runs once confirmed.
public struct PointsSigning: Equatable, Sendable {
    public enum Scope: Equatable, Sendable {
        case card(worker: Int64)
        /// Every unsigned card of the month; `shown` is the worker whose card is on screen.
        case month(shown: Int64)
        /// An amendment recomputing `line.item` from its records, with its reason; `line` is the
        /// line the dialog shows, which the write must find again.
        case recompute(worker: Int64, line: PointsLine, reason: String)
    }

    public var scope: Scope
    public var month: Month
    public var title: String
    /// What the card or cards hold, a paragraph each.
    public var body: [String]

    /// One card: its items with points and its total.
    static func card(_ worker: Person, _ card: PointsCard, _ total: CardTotal, rules: RuleSet) -> PointsSigning {
        let items = CardRow.of(total, rules: rules).filter { !$0.lines.isEmpty }.map { "\($0.item.title) \($0.pointsText)" }
        return PointsSigning(scope: .card(worker: worker.id), month: card.month,
                             title: PointsText.signTitle(worker.name, card.month),
                             body: [PointsText.signItems(items), PointsText.total(Points.format(total.total)), PointsText.signFreezes])
    }

    /// Recomputing `late.item` of the signed card shown: the records it takes in, the line before
    /// and after, the reason, and that the signed card stays as it was.
    static func recompute(_ late: LateAddition, reason: String, _ s: PointsSnapshot) -> PointsSigning {
        let records = late.records.isEmpty ? PointsText.lateNoRecords : late.records.map(\.sentence).joined(separator: "\n")
        return PointsSigning(scope: .recompute(worker: s.worker.id, line: late.recomputed, reason: reason), month: s.month,
                             title: PointsText.recomputeTitle(late.item),
                             body: [PointsText.lateRecords(records), late.summary(rules: s.rules), PointsText.reasonIs(reason),
                                    PointsText.recomputeKeeps])
    }

    /// Every unsigned card of the overview: how many and whose, each with its total.
    static func month(_ s: PointsSnapshot) -> PointsSigning? {
        let rows = s.overview.filter { !$0.card.isSigned }
        guard !rows.isEmpty else { return nil }
        let whose = rows.map { "\($0.worker.name) \(Points.format($0.total.total)) 分" }
        return PointsSigning(scope: .month(shown: s.worker.id), month: s.month, title: PointsText.signAllTitle(s.month),
                             body: [PointsText.signAllCount(rows.count), whose.joined(separator: "、"), PointsText.signFreezes])
    }

    /// The write, once the secretary says yes.
    func effect(by user: Int64) -> Effect {
        switch scope {
        case .card(let worker): return .points(.sign(worker: worker, month: month, by: user))
        case .month(let shown): return .points(.signMonth(month, worker: shown, by: user))
        case .recompute(let worker, let line, let reason):
            return .points(.recompute(worker: worker, month: month, line: line, reason: reason, by: user))
        }
    }

    /// What the status line says after a no.
    var cancelled: String {
        if case .recompute = scope { return PointsText.recomputeCancelled }
        return PointsText.signCancelled
    }

    /// The word on the yes key: 签名, or 重算 for an amendment.
    var yes: String {
        if case .recompute = scope { return PointsText.recomputeYes }
        return PointsText.signYes
    }

    static let width = 66

    func render(keymap: Keymap, into buffer: inout ScreenBuffer) {
        let paragraphs = body.enumerated().flatMap { i, text in [(text, i == body.count - 1 ? StyleRole.messageWarning : .dialog), ("", .dialog)] }
        Dialog.confirm(title: title, width: Self.width, body: paragraphs, keys: keymap.confirmLine(yes: yes), into: &buffer)
    }
}
