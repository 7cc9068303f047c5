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

    // MARK: - Bounds (本程序取值)

    /// The most units a person may claim for one item in one month: a month has at most 31 days
    /// of 专项行动 or 志愿服务, and 31 is also the most 篇 or 次 a month's card is meant to carry.
    /// 本程序取值 (the standard gives no figure); more is a typing mistake, refused with the bound.
    public static let maxTypedCount = 31
    /// The most units a tab's records may give one item in one month (首问接待, 线上反馈, 错时值班):
    /// 本程序取值, far above any month's work, so that no stored count can overflow a total.
    public static let maxRecordedCount = 10_000

    /// The sum of `values`, saturating instead of overflowing: a total read from stored lines can
    /// never crash the points overview or a report.
    public static func sum<S: Sequence>(_ values: S) -> Int where S.Element == Int {
        values.reduce(0) { total, value in
            let (result, overflow) = total.addingReportingOverflow(value)
            return overflow ? (value > 0 ? Int.max : Int.min) : result
        }
    }

    // MARK: - Formatting

    /// "10.3", "10.0", "-3.5": points with exactly one decimal.
    public static func format(_ tenths: Int) -> String {
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(tenths.magnitude / 10).\(tenths.magnitude % 10)"
    }
}
