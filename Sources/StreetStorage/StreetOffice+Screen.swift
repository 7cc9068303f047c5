import Domain
import Foundation
import PostgresNIO

/// What the street program's screens read (issue 21): the login list, each committee's books per
/// fund and one committee's ledger, from the items the committees synced. `street report books`
/// prints the same figures.
extension StreetOffice {
    /// The active people of the street office, by name, for the login list.
    public func loginNames() async throws -> [StreetLoginName] {
        try await StreetSchema.requireKnown(in: session)
        return try await session.rows("SELECT name, roles, locked_until FROM street.person WHERE active ORDER BY id").map { row in
            let (name, roles, until) = try row.decode((String, [String], Date?).self)
            return StreetLoginName(name: name, roles: roles, lockedUntil: until)
        }
    }

    /// The street's name, as `street init` recorded it.
    public func streetName() async throws -> String {
        try await StreetSchema.requireKnown(in: session)
        return try await session.rows("SELECT name FROM street.office").first?.decode(String.self) ?? ""
    }

    /// Every registered committee's payments of `year` per fund, by name (one without any: nothing paid).
    public func books(year: Int) async throws -> [CommitteeBooks] {
        try await StreetSchema.requireKnown(in: session)
        let rows = try await session.rows("""
            WITH pay AS (\(unescaped: Self.ledgerSQL))
            SELECT c.name, coalesce(array_agg(p.fund) FILTER (WHERE p.fund IS NOT NULL), '{}'),
                   coalesce(array_agg(p.amount) FILTER (WHERE p.fund IS NOT NULL), '{}'), count(p.amount),
                   (SELECT max(h.received_at) FROM street.chain_head h WHERE h.committee = c.role_name)
            FROM street.committee c LEFT JOIN pay p ON p.committee = c.role_name AND p.year = \(String(year))
            GROUP BY c.name, c.role_name ORDER BY c.name
            """)
        return try rows.map { row in
            let (name, funds, amounts, count, last) = try row.decode((String, [String], [Int64], Int64, Date?).self)
            var spent: [FundKind: Int64] = [:]
            for (fund, amount) in zip(funds, amounts) { spent[FundKind(rawValue: fund) ?? .committee, default: 0] += amount }
            return CommitteeBooks(committee: name, spent: spent, entries: Int(count), lastSync: last)
        }
    }

    /// Committee `name`'s payments and reversals of `year`, in date order.
    public func ledger(of name: String, year: Int) async throws -> [StreetLedgerLine] {
        try await StreetSchema.requireKnown(in: session)
        return try await session.rows("""
            WITH pay AS (\(unescaped: Self.ledgerSQL))
            SELECT p.date, p.reversal, coalesce(p.fund, ''), p.category, p.purpose, p.amount, p.voucher
            FROM pay p JOIN street.committee c ON c.role_name = p.committee
            WHERE c.name = \(name) AND p.year = \(String(year)) ORDER BY p.date, p.seq
            """).map { row in
            let (date, reversal, fund, category, purpose, amount, voucher) =
                try row.decode((String, Bool, String, String, String, Int64, String).self)
            return StreetLedgerLine(date: date, isReversal: reversal, fund: FundKind(rawValue: fund),
                                    category: ExpenseCategory(rawValue: category), purpose: purpose, amount: amount, voucher: voucher)
        }
    }

    /// Every payment and reversal the street holds, with the fund, category and purpose of the request it pays.
    static let ledgerSQL = """
        SELECT p.committee, p.seq, p.detail->>'date' AS date, left(p.detail->>'date', 4) AS year,
               p.kind = 'ledger.reversal' AS reversal, (p.detail->>'amount')::bigint AS amount,
               r.detail->>'fund' AS fund, coalesce(r.detail->>'category', '') AS category,
               coalesce(r.detail->>'purpose', '') AS purpose, coalesce(p.detail->>'voucher', '') AS voucher
        FROM street.item p LEFT JOIN street.item r ON r.committee = p.committee AND r.kind = 'expense.request'
             AND r.entity_id = (p.detail->>'expense')::bigint
        WHERE p.kind IN ('ledger.payment', 'ledger.reversal')
        """
}
