/// The schema's migration steps in the order they run, each named for what it creates.
///
/// A raw value is the identifier a shipped database recorded when the step ran (GRDB's
/// `grdb_migrations`): it is never changed, or an existing file would run the step again and
/// `restore` would refuse its backups as unknown. The older identifiers do not all say what the
/// step makes (`v19-bench-indexes`, `v23-points-fast`); the case names do. New steps go last.
enum Migration: String, CaseIterable {
    case committeePeopleAudit = "v1-committee-people-audit"
    case householdsVisits = "v2-visits-households"
    case expensesLedgerBudgets = "v3-funds"
    case dutyRoster = "v4-duty"
    case policyLibrary = "v5-policies"
    case visitCorrections = "v6-visit-corrections"
    case receptionLog = "v7-reception"
    case fundsPlanBatchesVerbalApprovals = "v8-funds-plan"
    case appointmentsIntakeDays = "v9-appointments"
    case pointsCards = "v10-points"
    case onlineReplies = "v11-online-replies"
    case laterAnswersPointsLineAmendments = "v12-gaps48-answers-line-amendments"
    case projectNotes = "v13-funds-results"
    case trainingDrillsQuizzes = "v15-training-drills-quizzes"
    case formDrafts = "v16-drafts-form-draft"
    case receptionVisitDutyIndexes = "v19-bench-indexes"
    case receptionFullTextSearch = "v20-reception-search"
    case replyAnswerTimeIndexes = "v21-reply-answer-time"
    case replyAnswererIndexes = "v23-points-fast"
    case verbalApproverID = "v24-funds-verbal-approver-id"
    case signingKeysTrustedKeys = "v24-committee-signing-key-trusted-keys"
    case policyAliasesPinyinText = "v25-policy-aliases"
    case phonesAsTyped = "v26-phones-as-typed"
    case pointsRecompute = "v27-points-recompute"
    case paymentVoucherMethod = "v28-funds-payment-voucher-method"
    case payeeKinds = "v29-funds-payee-kinds"
    case streetApprovalStep = "v30-funds-street-approval"
    case expenseBeneficiaryCostKind = "v31-funds-expense-beneficiary-cost-kind"
    case unvouchedImportPayeeCorrection = "v32-funds-unvouched-import-payee-correction"
    case streetOutbox = "v33-street-outbox-inbox-sync"
    case kioskProfileNoticesRatings = "v34-kiosk-profile-notices-ratings"
    case kioskNoticeWithdrawal = "v38-kiosk-notice-withdrawal"
}
