import Foundation

/// Amounts of money: `Int64` fen everywhere, one parser for what a person types, and the ways
/// an amount is written back ("¥1,200.50" on screen, "1,200.50 元" inside a sentence).
public enum Money {
    // MARK: - Limits

    /// The largest amount any field accepts: 10,000,000.00 yuan (本程序取值).
    public static let maxFen: Int64 = 10_000_000 * 100

    /// Whether a record may hold `fen`: more than zero (zero too when `allowZero`), at most `maxFen`.
    /// The one range rule: what is typed (`parse`), imported and written (Storage) all ask it.
    public static func accepts(_ fen: Int64, allowZero: Bool = false) -> Bool {
        fen <= maxFen && (fen > 0 || (allowZero && fen == 0))
    }

    /// Why an amount outside `accepts` was refused, where no typed text can be quoted.
    public static let outOfRange = "金额须大于 0 且不超过 \(yuan(maxFen)) 元"

    // MARK: - Parsing

    /// The amount typed, in fen, or a Chinese message saying why it was refused.
    ///
    /// Accepts "500", "500.0", "500.00", "¥500", "500元", "1,200.50" and full-width "５００".
    /// Refuses empty text, negatives, more than two decimals, letters, "1e3", zero (unless
    /// `allowZero`) and amounts over 10,000,000 yuan.
    public static func parse(_ text: String, allowZero: Bool = false) -> Result<Int64, InputError> {
        var body = TypedNumber.normalize(text)
        for prefix in ["¥", "RMB", "rmb"] where body.hasPrefix(prefix) {
            body = String(body.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        }
        for suffix in ["元整", "元"] where body.hasSuffix(suffix) {
            body = String(body.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
        }
        let display = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if body.isEmpty { return .failure(InputError(display.isEmpty ? "请填写金额" : "金额中没有数字：“\(display)”")) }
        return TypedNumber.scaled(body, places: 2, noun: "金额", allowNegative: false).flatMap { fen in
            if accepts(fen, allowZero: allowZero) { return .success(fen) }
            return .failure(InputError(fen > maxFen ? "金额不能超过 \(yuan(maxFen)) 元：“\(display)”" : "金额须大于 0"))
        }
    }

    // MARK: - Formatting

    /// "¥1,200.50": an amount as shown in a field or a table.
    public static func format(_ fen: Int64) -> String {
        fen < 0 ? "-¥" + yuan(-fen) : "¥" + yuan(fen)
    }

    /// "1,200.50": an amount inside a sentence, followed there by 元.
    public static func yuan(_ fen: Int64) -> String {
        let sign = fen < 0 ? "-" : ""
        let magnitude = fen.magnitude
        let cents = magnitude % 100
        return sign + grouped(magnitude / 100) + "." + (cents < 10 ? "0" : "") + String(cents)
    }

    /// An integer with a comma every three digits.
    static func grouped(_ value: UInt64) -> String {
        let digits = Array(String(value))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}
