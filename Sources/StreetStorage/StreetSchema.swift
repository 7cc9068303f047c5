import Foundation
import PostgresNIO

/// The street's schema on PostgreSQL, built by named steps recorded in `street.migration`, as the
/// committee's SQLite is by GRDB's. A server that has run a step this program does not know is
/// newer than the program: refused, never written to.
enum StreetSchema {
    /// Each step's name and SQL; `group` is the role every committee's role is a member of.
    /// New steps go last; a name is never changed.
    static func steps(group: String) -> [(name: String, sql: [String])] {
        [("s1-street-office-people-committees", officePeopleCommittees(group: group)),
         ("s2-street-items-heads-decisions", itemsHeadsDecisions(group: group))]
    }

    static var names: [String] { steps(group: "g").map(\.name) }

    /// Creates the schema and runs every step, in one transaction (as the server's administrator).
    static func create(in session: StreetSession, group: String, streetName: String, localLimit: Int64) async throws {
        try await session.rows("CREATE SCHEMA street")
        try await session.rows("CREATE TABLE street.migration (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())")
        for step in steps(group: group) {
            for statement in step.sql { try await session.rows(PostgresQuery(unsafeSQL: statement)) }
            try await session.rows("INSERT INTO street.migration (name) VALUES (\(step.name))")
        }
        try await session.rows("""
            INSERT INTO street.office (id, name, committee_group, local_limit) VALUES (1, \(streetName), \(group), \(localLimit))
            """)
    }

    /// Throws unless the server's schema exists and holds no step this program does not know.
    static func requireKnown(in session: StreetSession) async throws {
        let exists = try await session.rows("SELECT to_regclass('street.migration') IS NOT NULL")
        guard try exists.first?.decode(Bool.self) == true else { throw StreetError(StreetText.notInitialised) }
        let applied = try await session.rows("SELECT name FROM street.migration ORDER BY name").map { try $0.decode(String.self) }
        let unknown = applied.filter { !names.contains($0) }
        if !unknown.isEmpty { throw StreetError(StreetText.newerSchema(unknown)) }
    }

    // MARK: - s1

    static func officePeopleCommittees(group: String) -> [String] {
        statements("""
        CREATE TABLE street.office (
            id int PRIMARY KEY CHECK (id = 1),
            name text NOT NULL CHECK (length(btrim(name)) > 0),
            committee_group name NOT NULL,
            local_limit bigint NOT NULL CHECK (local_limit > 0)
        );
        CREATE TABLE street.person (
            id bigserial PRIMARY KEY,
            name text NOT NULL UNIQUE CHECK (length(btrim(name)) > 0),
            roles text[] NOT NULL CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['自治办', '财务', '领导']),
            pin_hash text NOT NULL,
            failures int NOT NULL DEFAULT 0,
            locked_until timestamptz,
            active boolean NOT NULL DEFAULT true
        );
        CREATE TABLE street.committee (
            id bigserial PRIMARY KEY,
            name text NOT NULL UNIQUE CHECK (length(btrim(name)) > 0),
            role_name name NOT NULL UNIQUE,
            added_by bigint NOT NULL REFERENCES street.person(id),
            added_at timestamptz NOT NULL DEFAULT now(),
            enrolled_at timestamptz
        );
        CREATE ROLE \(quoted(group)) NOLOGIN;
        GRANT USAGE ON SCHEMA street TO \(quoted(group));
        GRANT SELECT ON street.migration TO \(quoted(group));
        ALTER TABLE street.committee ENABLE ROW LEVEL SECURITY;
        GRANT SELECT (name, role_name, enrolled_at) ON street.committee TO \(quoted(group));
        CREATE POLICY own_committee ON street.committee TO \(quoted(group)) USING (role_name = current_user);
        CREATE FUNCTION street.enrolled() RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = street, pg_temp AS $$
        DECLARE committee_name text;
        BEGIN
            UPDATE street.committee SET enrolled_at = now() WHERE role_name = session_user AND enrolled_at IS NULL
            RETURNING name INTO committee_name;
            IF committee_name IS NULL THEN RAISE EXCEPTION '登记码已经用过：请街道重新登记此居委会'; END IF;
            RETURN committee_name;
        END $$;
        REVOKE ALL ON FUNCTION street.enrolled() FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION street.enrolled() TO \(quoted(group));
        """)
    }

    /// The statements of `sql`, which ends each with `;` at the end of a line; a `$$` body is kept whole.
    static func statements(_ sql: String) -> [String] {
        var out: [String] = [], current = "", inBody = false
        for line in sql.split(separator: "\n", omittingEmptySubsequences: false) {
            current += line + "\n"
            if line.components(separatedBy: "$$").count % 2 == 0 { inBody.toggle() }
            if !inBody && line.hasSuffix(";") {
                out.append(current.trimmingCharacters(in: .whitespacesAndNewlines))
                current = ""
            }
        }
        let rest = current.trimmingCharacters(in: .whitespacesAndNewlines)
        return rest.isEmpty ? out : out + [rest]
    }

    /// `name` as a PostgreSQL identifier in double quotes.
    static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
