/// A household's phone number (联系电话): checked when typed or imported, masked on screen so
/// that a passer-by at the desk does not read it (138****1234).
public enum Phone {
    /// The longest number kept (a landline with its area code and an extension).
    public static let maxLength = 20

    // MARK: - Checking

    /// The number without spaces or dashes, empty when none was given, or a Chinese reason.
    public static func validate(_ text: String) -> Result<String, InputError> {
        let digits = text.filter { !" -".contains($0) }
        if digits.isEmpty { return .success("") }
        guard digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else {
            return .failure(InputError("联系电话只能包含数字（可有空格或 -）"))
        }
        guard (7...maxLength).contains(digits.count) else {
            return .failure(InputError("联系电话应为 7 到 \(maxLength) 位数字，现有 \(digits.count) 位"))
        }
        return .success(digits)
    }

    // MARK: - Showing

    /// "138****1234": the first three and last four digits; shorter numbers keep only the last two.
    public static func masked(_ phone: String) -> String {
        let digits = Array(phone)
        guard !digits.isEmpty else { return "" }
        if digits.count >= 8 {
            return String(digits.prefix(3)) + String(repeating: "*", count: digits.count - 7) + String(digits.suffix(4))
        }
        return String(repeating: "*", count: max(0, digits.count - 2)) + String(digits.suffix(2))
    }
}
