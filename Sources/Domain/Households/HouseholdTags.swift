/// The tags of a household (独居老人, 困难家庭, …) as typed in a form or a file, separated by 、;
/// the tags allowed are the rule set's (`RuleSet.VisitValues.tags`).
public enum HouseholdTags {
    /// The tags of `text`, in the rule set's order, or the first unknown one named.
    public static func parse(_ text: String, rules: RuleSet) -> Result<[String], InputError> {
        let words = text.split(whereSeparator: { "、,， /".contains($0) }).map(String.init)
        let allowed = rules.visits.tags
        if let unknown = words.first(where: { !allowed.contains($0) }) {
            return .failure(InputError("标签“\(unknown)”不认识：可用 \(allowed.joined(separator: "、"))"))
        }
        return .success(allowed.filter(words.contains))
    }

    /// "独居老人、困难家庭".
    public static func describe(_ tags: [String]) -> String { tags.joined(separator: "、") }
}
