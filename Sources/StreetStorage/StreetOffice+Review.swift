import Domain
import Foundation
import PostgresNIO

/// The street's review (附件一 三(二)): what waits above the local limit, oldest first, and the
/// decisions, which only the street's login writes and the committees read back.
extension StreetOffice {
    /// The requests above the local limit with no decision yet, oldest first. 500 yuan and below never appear.
    public func reviewQueue() async throws -> [ReviewEntry] {
        try await StreetSchema.requireKnown(in: session)
        let rows = try await session.rows("""
            SELECT i.id, c.name, i.entity_id, (i.detail->>'amount')::bigint, coalesce(i.detail->>'fund', ''),
                   coalesce(i.detail->>'category', ''), coalesce(i.detail->>'purpose', ''), coalesce(i.detail->>'project', ''),
                   to_char(i.received_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI'), i.received_at,
                   coalesce(i.detail->>'requester', ''),
                   coalesce((SELECT array_agg(s.kind || ':' || coalesce(s.detail->>'role', s.detail->>'approver', '')
                                              ORDER BY s.seq)
                             FROM street.item s WHERE s.committee = i.committee AND s.entity_id = i.entity_id
                               AND s.kind IN ('expense.approve', 'expense.refuse', 'expense.verbal')), '{}')
            FROM street.item i JOIN street.committee c ON c.role_name = i.committee, street.office o
            WHERE i.kind = 'expense.request' AND (i.detail->>'amount')::bigint > o.local_limit
              AND NOT EXISTS (SELECT 1 FROM street.decision d WHERE d.committee = i.committee AND d.expense_id = i.entity_id)
              AND NOT EXISTS (SELECT 1 FROM street.item r WHERE r.committee = i.committee AND r.entity_id = i.entity_id
                              AND r.kind IN ('expense.review', 'expense.refuse'))
            ORDER BY i.received_at, i.id
            """)
        return try rows.map { row in
            let (id, committee, expense, amount, fund, category, purpose, project, since, at, requester, steps) =
                try row.decode((Int64, String, Int64, Int64, String, String, String, String, String, Date, String, [String]).self)
            return ReviewEntry(id: id, committee: committee, kind: StreetText.requestKind, amount: amount, fund: fund,
                               category: category, purpose: purpose, project: project, route: steps.map(Self.stepText),
                               waitingSince: since, receivedAt: at, requester: requester, expenseID: expense)
        }
    }

    /// Passes request `id` with the street's number, as `person` (自治办), on `date`.
    public func pass(_ id: Int64, number: String, by person: StreetPerson, on date: LocalDate) async throws {
        let number = number.trimmingCharacters(in: .whitespaces)
        if number.isEmpty { throw StreetError(StreetText.numberEmpty) }
        try await decide(id, kind: .passed, number: number, reason: "", by: person, on: date)
    }

    /// Returns request `id` to its committee with a reason, as `person` (自治办), on `date`.
    public func returnRequest(_ id: Int64, reason: String, by person: StreetPerson, on date: LocalDate) async throws {
        let reason = reason.trimmingCharacters(in: .whitespaces)
        if reason.isEmpty { throw StreetError(StreetText.reasonEmpty) }
        try await decide(id, kind: .returned, number: "", reason: reason, by: person, on: date)
    }

    private func decide(_ id: Int64, kind: StreetDecision.Kind, number: String, reason: String, by person: StreetPerson,
                        on date: LocalDate) async throws {
        try Self.require(.selfGovernanceOffice, of: person)
        guard let entry = try await reviewQueue().first(where: { $0.id == id }) else { throw StreetError(StreetText.notWaiting(id)) }
        if kind == .passed && entry.requester == person.name { throw StreetError(StreetText.ownRequest(person.name)) }
        try await session.rows("""
            INSERT INTO street.decision (committee, expense_id, kind, number, reason, reviewer, decided_on)
            SELECT committee, entity_id, \(kind.rawValue), \(number), \(reason), \(person.name), \(date.iso)::date
            FROM street.item WHERE id = \(id)
            """)
    }

    /// What committees reported against themselves (a history changed after it was sent), newest first.
    public func flags() async throws -> [(committee: String, message: String)] {
        try await session.rows("""
            SELECT c.name, f.message FROM street.flag f JOIN street.committee c ON c.role_name = f.committee ORDER BY f.id DESC
            """).map { try $0.decode((String, String).self) }
    }

    /// A step of the committee's route as the list shows it: `书记同意`, `主任不同意`, `口头同意`.
    static func stepText(_ step: String) -> String {
        let parts = step.split(separator: ":", maxSplits: 1).map(String.init)
        let who = parts.count > 1 ? parts[1] : ""
        switch parts.first {
        case "expense.approve": return who + "同意"
        case "expense.refuse": return who + "不同意"
        default: return "口头同意" + (who.isEmpty ? "" : "（\(who)）")
        }
    }
}
