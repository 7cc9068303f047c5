import Domain
import Foundation

/// Reads a household list (CSV with the header `楼室号,户主姓名,家庭成员情况,联系电话,标签,片区`,
/// tags separated by 、) into households, or says what is wrong, line by line.
public enum HouseholdImport {
    /// The header row a household file must start with.
    public static let header = VisitsText.householdsHeader

    /// One household read from the file, with its line.
    public struct Row: Sendable, Equatable {
        public var line: Int
        public var household: Household
    }

    /// The rows of `text`, or every problem (a room twice in the file is one too); tags must be the rule set's.
    public static func parse(_ text: String, rules: RuleSet) -> Result<[Row], StaffImportFailure> {
        var firstLine = [String: Int]()
        return CSVRows.parse(text, header: header) { fields, line in
            let row = self.row(fields, line: line, rules: rules)
            guard case .success(let r) = row else { return row }
            if let first = firstLine[r.household.room] {
                return .failure(.init(line: line, message: VisitsText.importDuplicateRoom(firstLine: first)))
            }
            firstLine[r.household.room] = line
            return row
        }
    }

    /// One record as a household, or the first thing wrong with it.
    static func row(_ f: [String], line: Int, rules: RuleSet) -> Result<Row, StaffImport.Problem> {
        switch HouseholdTags.parse(f[4], rules: rules) {
        case .failure(let error): return .failure(.init(line: line, message: error.message))
        case .success(let tags):
            let household = Household(id: 0, room: f[0], tags: tags, head: f[1], members: f[2], phone: f[3], zone: f[5])
            return CSVRows.checked(line: line) { Row(line: line, household: try AppDatabase.validated(household)) }
        }
    }
}
