import GRDB

/// v24: the committee's own Ed25519 signing key (made at `init`, or on first use in a database
/// made before), and the keys of other committees the street office has trusted, one a committee.
extension Schema {
    static func createSigningKeys(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE committee_signing_key (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                private_key BLOB NOT NULL CHECK (length(private_key) = 32),
                public_key BLOB NOT NULL CHECK (length(public_key) = 32),
                created_at TEXT NOT NULL
            ) STRICT;
            CREATE TRIGGER committee_signing_key_no_update BEFORE UPDATE ON committee_signing_key
            BEGIN SELECT RAISE(ABORT, 'the signing key is never changed'); END;
            CREATE TRIGGER committee_signing_key_no_delete BEFORE DELETE ON committee_signing_key
            BEGIN SELECT RAISE(ABORT, 'the signing key is never deleted'); END;
            CREATE TABLE trusted_committee_key (
                committee TEXT PRIMARY KEY CHECK (length(committee) > 0),
                public_key BLOB NOT NULL CHECK (length(public_key) = 32),
                fingerprint TEXT NOT NULL,
                trusted_by INTEGER REFERENCES person(id) ON DELETE RESTRICT,
                trusted_at TEXT NOT NULL
            ) STRICT;
            CREATE TRIGGER trusted_committee_key_no_update BEFORE UPDATE ON trusted_committee_key
            BEGIN SELECT RAISE(ABORT, 'a trusted key is kept as trusted'); END;
            CREATE TRIGGER trusted_committee_key_no_delete BEFORE DELETE ON trusted_committee_key
            BEGIN SELECT RAISE(ABORT, 'a trusted key is kept as trusted'); END;
            """)
    }
}
