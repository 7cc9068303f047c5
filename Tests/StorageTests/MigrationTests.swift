import Testing
@testable import Storage

/// The migration identifiers are pinned: existing databases recorded them, so a renamed or
/// reordered one would run a step again on every file in use (and `restore` would refuse its
/// backups). The case names may change; these strings may not.
@Suite struct MigrationTests {
    /// Every identifier ever shipped, in the order the steps run.
    static let shipped = [
        "v1-committee-people-audit", "v2-visits-households", "v3-funds", "v4-duty", "v5-policies",
        "v6-visit-corrections", "v7-reception", "v8-funds-plan", "v9-appointments", "v10-points",
        "v11-online-replies", "v12-gaps48-answers-line-amendments", "v13-funds-results",
        "v15-training-drills-quizzes", "v16-drafts-form-draft", "v19-bench-indexes", "v20-reception-search",
        "v21-reply-answer-time", "v23-points-fast", "v24-funds-verbal-approver-id",
        "v24-committee-signing-key-trusted-keys", "v25-policy-aliases", "v26-phones-as-typed", "v27-points-recompute",
        "v28-funds-payment-voucher-method", "v29-funds-payee-kinds", "v30-funds-street-approval", "v31-funds-expense-beneficiary-cost-kind",
        "v32-funds-unvouched-import-payee-correction",
        "v33-street-outbox-inbox-sync",
        "v34-kiosk-profile-notices-ratings",
        "v38-kiosk-notice-withdrawal",
    ]

    @Test func theRawValuesAreTheShippedIdentifiersInOrder() {
        #expect(Migration.allCases.map(\.rawValue) == Self.shipped)
    }

    @Test func theMigratorRegistersEachStepInThatOrder() {
        #expect(Schema.migrator.migrations == Self.shipped)
    }
}
