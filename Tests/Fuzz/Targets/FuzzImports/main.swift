import DataFile
import Domain
import Foundation
import Storage

/// libFuzzer target: every CSV import's reading (the bytes, then the rows) takes any file
/// without crashing; the first byte chooses the import. A file is refused or read whole.
let rules = try! RuleSet.bundledPutuo2017()
let calendar = try! WorkingDayCalendar.bundled()
let now = Date(timeIntervalSince1970: 1_795_917_600)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImports(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let bytes = Data(UnsafeBufferPointer(start: data + 1, count: size - 1))
    guard case .success(let text) = CSVBytes.text(bytes, file: "fuzz.csv") else { return 0 }
    let problems: Int
    switch data[0] % 10 {
    case 0: problems = count(StaffImport.parse(text))
    case 1: problems = count(HouseholdImport.parse(text, rules: rules))
    case 2: problems = count(VisitImport.parse(text, now: now))
    case 3: problems = count(ReceptionImport.parse(text, now: now, calendar: calendar, rules: rules))
    case 4: problems = count(OnlineReplyImport.parse(text))
    case 5: problems = count(ShiftImport.parse(text))
    case 6: problems = count(ExpenseImport.parse(text, today: ShanghaiCalendar.day(of: now)))
    case 7: problems = count(PointsImport.parse(text))
    case 8: problems = count(PointsTotalsFile.parse(text).map(\.totals))
    default: problems = count(StaffImport.parse(data: bytes))
    }
    precondition(problems >= 0)
    return 0
}

/// The number of problems reported (0 when the file was read); a failure must name at least one.
func count<Row>(_ result: Result<[Row], StaffImportFailure>) -> Int {
    switch result {
    case .success: return 0
    case .failure(let failure):
        precondition(!failure.problems.isEmpty && failure.problems.allSatisfy { $0.line >= 1 && !$0.message.isEmpty })
        return failure.problems.count
    }
}
