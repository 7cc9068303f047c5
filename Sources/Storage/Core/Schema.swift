import Domain
import GRDB

/// The database schema, built by named migration steps: strict tables that trust SQLite's checks.
enum Schema {
    /// The migrator every `AppDatabase` runs when it opens a file: each `Migration` in order.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for step in Migration.allCases {
            migrator.registerMigration(step.rawValue, migrate: creating(step))
        }
        return migrator
    }

    /// What `step` does to the database.
    private static func creating(_ step: Migration) -> @Sendable (Database) throws -> Void {
        switch step {
        case .committeePeopleAudit: createCommitteePeopleAudit
        case .householdsVisits: createVisitsHouseholds
        case .expensesLedgerBudgets: createFunds
        case .dutyRoster: createDuty
        case .policyLibrary: createPolicies
        case .visitCorrections: addVisitCorrections
        case .receptionLog: createReception
        case .fundsPlanBatchesVerbalApprovals: createFundsPlan
        case .appointmentsIntakeDays: createAppointments
        case .pointsCards: createPoints
        case .onlineReplies: createOnlineReplies
        case .laterAnswersPointsLineAmendments: addAnswersAndLineAmendments
        case .projectNotes: createFundsResults
        case .trainingDrillsQuizzes: createTraining
        case .formDrafts: createFormDrafts
        case .receptionVisitDutyIndexes: addReceptionVisitDutyIndexes
        case .receptionFullTextSearch: addReceptionSearch
        case .replyAnswerTimeIndexes: addReplyAnswerTimeIndexes
        case .replyAnswererIndexes: addReplyAnswererIndexes
        case .verbalApproverID: addVerbalApproverID
        case .signingKeysTrustedKeys: createSigningKeys
        case .policyAliasesPinyinText: addPolicyAliases
        case .phonesAsTyped: allowPhonesAsTyped
        case .pointsRecompute: addPointsRecompute
        case .paymentVoucherMethod: addPaymentVoucherMethod
        case .payeeKinds: createPayeeKinds
        case .streetApprovalStep: addStreetApprovalStep
        case .expenseBeneficiaryCostKind: addExpenseBeneficiaryCostKind
        case .unvouchedImportPayeeCorrection: addUnvouchedImportPayeeCorrection
        case .streetOutbox: createStreetOutbox
        case .kioskProfileNoticesRatings: createKiosk
        case .kioskNoticeWithdrawal: createKioskNoticeWithdrawal
        }
    }

    // MARK: - v1

    private static func createCommitteePeopleAudit(_ db: Database) throws {
        try db.execute(sql: committeeTable + personTable + personRoleTable + auditLogTable + appendOnlyTriggers)
    }

    private static let committeeTable = """
        CREATE TABLE committee (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            street_office TEXT NOT NULL CHECK (length(trim(street_office)) > 0),
            created_at TEXT NOT NULL
        ) STRICT;

        """

    private static let personTable = """
        CREATE TABLE person (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE CHECK (length(name) > 0 AND name = trim(name)),
            zone TEXT CHECK (zone IS NULL OR (length(zone) > 0 AND zone = trim(zone))),
            is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
            pin_hash TEXT CHECK (pin_hash IS NULL OR pin_hash LIKE 'scrypt$%'),
            failed_logins INTEGER NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
            locked_until TEXT,
            created_at TEXT NOT NULL
        ) STRICT;
        CREATE TRIGGER person_no_delete BEFORE DELETE ON person
        BEGIN SELECT RAISE(ABORT, 'people are deactivated, never deleted'); END;

        """

    private static var personRoleTable: String {
        let roles = Role.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        return """
            CREATE TABLE person_role (
                person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
                role TEXT NOT NULL CHECK (role IN (\(roles))),
                PRIMARY KEY (person_id, role)
            ) STRICT, WITHOUT ROWID;

            """
    }

    private static let auditLogTable = """
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor_id INTEGER REFERENCES person(id) ON DELETE RESTRICT,
            action TEXT NOT NULL CHECK (length(action) > 0),
            entity TEXT NOT NULL CHECK (length(entity) > 0),
            entity_id INTEGER,
            detail TEXT NOT NULL CHECK (json_valid(detail)),
            prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
            hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
        ) STRICT;

        """

    private static let appendOnlyTriggers = """
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        """
}
