import Foundation

/// What the database holds that a drill's check looks at: the records written since the drill
/// started, the registry, and the trainee's sign-ins. Storage fills it; `DrillCheck` reads it.
public struct DrillFacts: Sendable, Equatable {
    /// A sign-in to a shift: who, when the shift started, when they signed.
    public struct SignIn: Sendable, Equatable {
        public var workerName: String
        public var shiftStart: Date
        public var at: Date
        public init(workerName: String, shiftStart: Date, at: Date) {
            self.workerName = workerName
            self.shiftStart = shiftStart
            self.at = at
        }
    }

    /// A points line entered on a worker's card.
    public struct PointsEntry: Sendable, Equatable {
        public var workerName: String
        public var line: PointsLine
        public init(workerName: String, line: PointsLine) {
            self.workerName = workerName
            self.line = line
        }
    }

    public var trainee: String
    public var receptions: [ReceptionRecord]
    public var visits: [VisitRecord]
    public var households: [Household]
    public var signIns: [SignIn]
    public var expenses: [ExpenseRecord]
    public var points: [PointsEntry]

    public init(trainee: String, receptions: [ReceptionRecord] = [], visits: [VisitRecord] = [],
                households: [Household] = [], signIns: [SignIn] = [], expenses: [ExpenseRecord] = [],
                points: [PointsEntry] = []) {
        self.trainee = trainee
        self.receptions = receptions
        self.visits = visits
        self.households = households
        self.signIns = signIns
        self.expenses = expenses
        self.points = points
    }
}
