import Domain
import Foundation

/// One committee's generated demo records, with their ids already chosen, as `AppDatabase.loadDemo`
/// writes them in bulk. Instants are seconds since 1970 (UTC); days are Shanghai days.
///
/// These are plain values: the generator (target `Demo`) makes them from a seeded random number
/// generator without touching the database, and the writer only inserts them.
public struct DemoBatch: Sendable, Equatable {
    /// The committee these records belong to (its name and street office).
    public var committee: Committee
    public var people: [Person] = []
    public var households: [Household] = []
    public var visits: [Visit] = []
    public var receptions: [Reception] = []
    public var onlineReplies: [OnlineReply] = []
    public var shifts: [Shift] = []
    public var planLines: [PlanLine] = []
    public var expenses: [Expense] = []
    public var pointsEntries: [PointsEntry] = []

    public init(committee: Committee) { self.committee = committee }

    /// How many rows of each kind, for the audit event and the command's summary.
    public var counts: [(String, Int)] {
        [("person", people.count), ("household", households.count), ("visit", visits.count),
         ("reception", receptions.count), ("online_reply", onlineReplies.count), ("duty_shift", shifts.count),
         ("duty_assignment", shifts.reduce(0) { $0 + $1.workers.count }), ("plan_line", planLines.count),
         ("expense", expenses.count), ("points_entry", pointsEntries.count)]
    }

    /// Every row this batch writes, all tables together.
    public var rowCount: Int {
        counts.reduce(0) { $0 + $1.1 }
            + households.reduce(0) { $0 + $1.tags.count }
            + receptions.reduce(0) { $0 + ($1.signedAt == nil ? 0 : 1) + ($1.reply == nil ? 0 : 1) }
            + shifts.reduce(0) { $0 + $1.workers.reduce(0) { $0 + ($1.signIn == nil ? 0 : 1) + ($1.signOut == nil ? 0 : 1) } }
            + expenses.reduce(0) { $0 + $1.approvals.count + ($1.review == nil ? 0 : 1) + ($1.streetApproval == nil ? 0 : 1) + ($1.paidOn == nil ? 0 : 1) }
    }

    // MARK: - Rows

    public struct Person: Sendable, Equatable {
        public var id: Int64, name: String, roles: Set<Role>, zone: String?
        public init(id: Int64, name: String, roles: Set<Role>, zone: String?) {
            self.id = id; self.name = name; self.roles = roles; self.zone = zone
        }
    }

    public struct Household: Sendable, Equatable {
        public var id: Int64, room: String, head: String, members: String, phone: String, zone: String, tags: [String]
        public init(id: Int64, room: String, head: String, members: String, phone: String, zone: String, tags: [String]) {
            self.id = id; self.room = room; self.head = head; self.members = members; self.phone = phone
            self.zone = zone; self.tags = tags
        }
    }

    public struct Visit: Sendable, Equatable {
        public var id: Int64, at: Int64, day: LocalDate, worker: Int64, household: Int64
        public var resident: String, reason: String, difficulty: String, kind: VisitKind
        public init(id: Int64, at: Int64, day: LocalDate, worker: Int64, household: Int64, resident: String,
                    reason: String, difficulty: String, kind: VisitKind) {
            self.id = id; self.at = at; self.day = day; self.worker = worker; self.household = household
            self.resident = resident; self.reason = reason; self.difficulty = difficulty; self.kind = kind
        }
    }

    public struct Reception: Sendable, Equatable {
        public var id: Int64, at: Int64, day: LocalDate, worker: Int64, resident: String, room: String, phone: String
        public var category: String, policyID: Int64?, policyTitle: String, question: String, actionTaken: String
        public var outcome: ReceptionOutcome, department: String, replyDue: LocalDate?
        /// When the resident signed, if they did.
        public var signedAt: Int64?
        /// The reply given later to a record that waited for one.
        public var reply: Reply?
        public init(id: Int64, at: Int64, day: LocalDate, worker: Int64, resident: String, room: String, phone: String,
                    category: String, policyID: Int64?, policyTitle: String, question: String, actionTaken: String,
                    outcome: ReceptionOutcome, department: String, replyDue: LocalDate?, signedAt: Int64?, reply: Reply?) {
            self.id = id; self.at = at; self.day = day; self.worker = worker; self.resident = resident; self.room = room
            self.phone = phone; self.category = category; self.policyID = policyID; self.policyTitle = policyTitle
            self.question = question; self.actionTaken = actionTaken; self.outcome = outcome; self.department = department
            self.replyDue = replyDue; self.signedAt = signedAt; self.reply = reply
        }
    }

    public struct Reply: Sendable, Equatable {
        public var at: Int64, by: Int64, text: String, satisfaction: Satisfaction
        public init(at: Int64, by: Int64, text: String, satisfaction: Satisfaction) {
            self.at = at; self.by = by; self.text = text; self.satisfaction = satisfaction
        }
    }

    public struct OnlineReply: Sendable, Equatable {
        public var id: Int64, receivedAt: Int64, day: LocalDate, channel: String, question: String
        public var answer: String, answerer: Int64?, answeredAt: Int64?, satisfied: Bool?, enteredBy: Int64
        public init(id: Int64, receivedAt: Int64, day: LocalDate, channel: String, question: String, answer: String,
                    answerer: Int64?, answeredAt: Int64?, satisfied: Bool?, enteredBy: Int64) {
            self.id = id; self.receivedAt = receivedAt; self.day = day; self.channel = channel; self.question = question
            self.answer = answer; self.answerer = answerer; self.answeredAt = answeredAt; self.satisfied = satisfied
            self.enteredBy = enteredBy
        }
    }

    public struct Shift: Sendable, Equatable {
        public var id: Int64, date: LocalDate, startMinute: Int, endMinute: Int, kind: ShiftKind, workers: [OnDuty]
        public init(id: Int64, date: LocalDate, startMinute: Int, endMinute: Int, kind: ShiftKind, workers: [OnDuty]) {
            self.id = id; self.date = date; self.startMinute = startMinute; self.endMinute = endMinute
            self.kind = kind; self.workers = workers
        }
    }

    /// A worker on a shift (its `duty_assignment` row) with the sign-in and sign-out, if any.
    public struct OnDuty: Sendable, Equatable {
        public var id: Int64, person: Int64, signIn: Int64?, signOut: Int64?
        public init(id: Int64, person: Int64, signIn: Int64?, signOut: Int64?) {
            self.id = id; self.person = person; self.signIn = signIn; self.signOut = signOut
        }
    }

    public struct PlanLine: Sendable, Equatable {
        public var id: Int64, year: Int, fund: FundKind, category: ExpenseCategory, project: String, amount: Int64
        public var setBy: Int64, at: Int64
        public init(id: Int64, year: Int, fund: FundKind, category: ExpenseCategory, project: String, amount: Int64,
                    setBy: Int64, at: Int64) {
            self.id = id; self.year = year; self.fund = fund; self.category = category; self.project = project
            self.amount = amount; self.setBy = setBy; self.at = at
        }
    }

    /// An expense with its approvals (local route) or street review (street route) and its payment.
    public struct Expense: Sendable, Equatable {
        public var id: Int64, date: LocalDate, fund: FundKind, category: ExpenseCategory, project: String
        public var amount: Int64, payee: String, purpose: String, payment: PaymentMethod, requester: Int64
        public var approvals: [(person: Int64, role: Role, date: LocalDate)]
        public var review: (reviewer: String, reference: String, date: LocalDate)?
        public var paidOn: LocalDate?, paidBy: Int64, ledgerID: Int64?
        /// Who entered the street review and approval: the 书记 or 主任, never the bookkeeper who pays (附件一 三(二)).
        public var reviewRecordedBy: Int64?
        /// The street's 审批 after its review (审核后，按街道、镇相关程序审批).
        public var streetApproval: (approver: String, reference: String, date: LocalDate)?
        public init(id: Int64, date: LocalDate, fund: FundKind, category: ExpenseCategory, project: String, amount: Int64,
                    payee: String, purpose: String, payment: PaymentMethod, requester: Int64,
                    approvals: [(person: Int64, role: Role, date: LocalDate)],
                    review: (reviewer: String, reference: String, date: LocalDate)?,
                    paidOn: LocalDate?, paidBy: Int64, ledgerID: Int64?, reviewRecordedBy: Int64? = nil,
                    streetApproval: (approver: String, reference: String, date: LocalDate)? = nil) {
            self.id = id; self.date = date; self.fund = fund; self.category = category; self.project = project
            self.amount = amount; self.payee = payee; self.purpose = purpose; self.payment = payment
            self.requester = requester; self.approvals = approvals; self.review = review; self.paidOn = paidOn
            self.paidBy = paidBy; self.ledgerID = ledgerID; self.reviewRecordedBy = reviewRecordedBy
            self.streetApproval = streetApproval
        }

        public static func == (a: Expense, b: Expense) -> Bool {
            a.id == b.id && a.amount == b.amount && a.date == b.date && a.payee == b.payee && a.paidOn == b.paidOn
                && a.approvals.map(\.person) == b.approvals.map(\.person) && a.review?.reference == b.review?.reference
        }
    }

    /// A manual line of a points card (training, volunteering…), entered by the secretary.
    public struct PointsEntry: Sendable, Equatable {
        public var id: Int64, worker: Int64, month: Month, line: PointsLine, enteredBy: Int64, at: Int64
        public init(id: Int64, worker: Int64, month: Month, line: PointsLine, enteredBy: Int64, at: Int64) {
            self.id = id; self.worker = worker; self.month = month; self.line = line; self.enteredBy = enteredBy; self.at = at
        }
    }
}
