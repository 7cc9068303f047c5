/// A household's phone number (联系电话): checked when typed or imported, masked on screen so
/// that a passer-by at the desk does not read it (138****1234).
public enum Phone {
    /// The longest number as typed, spaces, dashes and +86 included (the form's box).
    public static let maxLength = 20

    /// What may stand between the digits as typed: spaces and dashes; and `+` once, before the
    /// country code 86 (本程序取值). The database's CHECK on every phone column allows the same.
    public static let separators: Set<Character> = [" ", "-"]

    // MARK: - Checking

    /// The number as typed (trimmed), empty when none was given, or a Chinese reason. Every phone
    /// typed or imported goes through here. Accepted (本程序取值, the standard gives no format): a
    /// mainland mobile number of 11 digits starting with 1, or a Shanghai landline of 8 digits, with
    /// or without its area code 021, each written with spaces or dashes and after +86 or not.
    public static func validate(_ text: String) -> Result<String, InputError> {
        if let bad = FieldText.problem(text, label: "联系电话", maxLength: maxLength) { return .failure(bad) }
        let typed = text.trimmingCharacters(in: .whitespaces)
        guard let digits = nationalDigits(typed) else {
            return .failure(InputError("联系电话只能包含数字（可有空格、- 或开头的 +86）"))
        }
        if digits.isEmpty { return .success("") }
        guard isMobile(digits) || isShanghaiLine(digits) else {
            return .failure(InputError("联系电话应为 11 位手机号（1 开头）或 8 位上海固定电话（可加区号 021），现有 \(digits.count) 位数字（本程序取值）"))
        }
        return .success(typed)
    }

    /// The digits of a number as written, without separators or the country code: what
    /// comparisons and duplicate checks use ("021-6234 5678" and "02162345678" are one number).
    public static func digits(_ phone: String) -> String {
        nationalDigits(phone) ?? phone.filter { $0.isASCII && $0.isNumber }
    }

    /// True when `a` and `b` are the same number however each was written.
    public static func same(_ a: String, _ b: String) -> Bool { digits(a) == digits(b) }

    /// The digits after an optional leading "+86", separators dropped; nil when anything else is there.
    static func nationalDigits(_ text: String) -> String? {
        let body = text.hasPrefix("+86") ? text.dropFirst(3) : text[...]
        let digits = body.filter { !separators.contains($0) }
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return String(digits)
    }

    /// 11 digits starting with 1.
    static func isMobile(_ digits: String) -> Bool { digits.count == 11 && digits.hasPrefix("1") }

    /// 8 digits not starting with 0 or 1, alone or after 021.
    static func isShanghaiLine(_ digits: String) -> Bool {
        let local = digits.count == 11 && digits.hasPrefix("021") ? String(digits.dropFirst(3)) : digits
        return local.count == 8 && !local.hasPrefix("0") && !local.hasPrefix("1")
    }

    // MARK: - Showing

    /// "138****1234": the first three and last four digits; shorter numbers keep only the last two.
    public static func masked(_ phone: String) -> String {
        let digits = Array(digits(phone))
        guard !digits.isEmpty else { return "" }
        if digits.count >= 8 {
            return String(digits.prefix(3)) + String(repeating: "*", count: digits.count - 7) + String(digits.suffix(4))
        }
        return String(repeating: "*", count: max(0, digits.count - 2)) + String(digits.suffix(2))
    }
}
