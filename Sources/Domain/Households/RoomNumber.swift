/// A room (楼室号) as typed: trimmed, not empty, short; and the registry's rooms that match
/// what has been typed so far, for completion.
public enum RoomNumber {
    public static let maxLength = 30

    // MARK: - Checking

    /// The trimmed room, or a Chinese reason.
    public static func validate(_ text: String) -> Result<String, InputError> {
        let room = text.trimmedFast(.whitespaces)
        if room.isEmpty { return .failure(InputError("楼室号不能为空，如 12号楼301室")) }
        if room.count > maxLength { return .failure(InputError("楼室号不能超过 \(maxLength) 个字")) }
        if let error = FieldText.problem(room, label: "楼室号", maxLength: maxLength) { return .failure(error) }
        return .success(room)
    }

    // MARK: - Completion

    /// The households whose room equals, starts with or contains `typed` (in that order), at most `limit`.
    public static func candidates(_ typed: String, in households: [Household], limit: Int = 5) -> [Household] {
        let text = typed.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return [] }
        let exact = households.filter { $0.room == text }
        let prefix = households.filter { $0.room != text && $0.room.hasPrefix(text) }
        let inside = households.filter { !$0.room.hasPrefix(text) && $0.room.contains(text) }
        return Array((exact + prefix + inside).prefix(limit))
    }

    /// The one household `typed` names: an exact room, or the only candidate.
    public static func complete(_ typed: String, in households: [Household]) -> Household? {
        let found = candidates(typed, in: households, limit: 2)
        if let first = found.first, first.room == typed.trimmingCharacters(in: .whitespaces) { return first }
        return found.count == 1 ? found[0] : nil
    }
}
