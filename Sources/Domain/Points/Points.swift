import Foundation

/// Points on the card: `Int` tenths (every value of 附件三 is a multiple of 0.1), read from and
/// written as "10.3".
public enum Points {
    // MARK: - Parsing

    /// The points typed ("10.3", "-3", "－３.５"), in tenths, or a Chinese reason it was refused.
    public static func parse(_ text: String) -> Result<Int, InputError> {
        let body = TypedNumber.normalize(text)
        return TypedNumber.scaled(body, places: 1, noun: "分值", allowNegative: true).flatMap { tenths in
            guard tenths.magnitude <= 100_000 else { return .failure(InputError("分值太大：“\(text)”")) }
            return .success(Int(tenths))
        }
    }

    // MARK: - Formatting

    /// "10.3", "10.0", "-3.5": points with exactly one decimal.
    public static func format(_ tenths: Int) -> String {
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(tenths.magnitude / 10).\(tenths.magnitude % 10)"
    }
}
