/// A patrol's finding as a person types it — in a form or a row of `import patrols` — read into a
/// `PatrolFinding`: the category and handling by their names, the grid centre's case number or the
/// meeting's number beside the handling, and an optional closing (date and what was done).
public enum PatrolInput {
    /// The longest place, problem and outcome (本程序取值).
    public static let placeLength = 30
    public static let textLength = 100

    public static func finding(category: String, place: String, problem: String, handling: String, reference: String,
                               closedOn: String = "", outcome: String = "") -> Result<PatrolFinding, InputError> {
        guard let category = FindingCategory.named(category) else { return .failure(InputError(PatrolText.badCategory(category))) }
        guard let kind = FindingHandling.Kind.named(handling) else { return .failure(InputError(PatrolText.badHandling(handling))) }
        for (label, text, limit) in [("位置", place, placeLength), ("问题", problem, textLength), ("案件编号", reference, FieldText.shortLength),
                                     ("处理结果", outcome, textLength)] {
            if let error = FieldText.problem(text.trimmed, label: label, maxLength: limit) { return .failure(error) }
        }
        return handlingOf(kind, reference.trimmed).flatMap { handling in
            closure(closedOn.trimmed, outcome.trimmed).map {
                PatrolFinding(category: category, place: place.trimmed, problem: problem.trimmed, handling: handling, closure: $0)
            }
        }
    }

    static func handlingOf(_ kind: FindingHandling.Kind, _ reference: String) -> Result<FindingHandling, InputError> {
        switch kind {
        case .onTheSpot: return .success(.onTheSpot)
        case .committee: return .success(.committee)
        case .gridCentre: return .success(.gridCentre(caseNumber: reference))
        case .meeting:
            if reference.isEmpty { return .success(.meeting(nil)) }
            let digits = reference.hasPrefix("#") ? String(reference.dropFirst()) : reference
            guard let id = Int64(digits), id > 0 else { return .failure(InputError(PatrolText.badMeetingNumber(reference))) }
            return .success(.meeting(id))
        }
    }

    /// The closing typed (none when both are empty), or why it cannot be read.
    public static func closure(_ date: String, _ outcome: String) -> Result<FindingClosure?, InputError> {
        if date.isEmpty && outcome.isEmpty { return .success(nil) }
        guard let day = LocalDate(iso: date) else { return .failure(InputError(PatrolText.badDate(date))) }
        return .success(FindingClosure(date: day, outcome: outcome))
    }
}
