import Foundation

/// Reads a decimal number as a person types it (full-width digits, thousands commas) into an
/// integer scaled to a fixed number of decimal places, or a Chinese reason why it cannot.
///
/// Shared by the money parser (two places, fen) and the points parser (one place, tenths), so
/// both refuse the same mistakes with the same words.
enum TypedNumber {
    // MARK: - Normalising

    /// The text with full-width digits and signs made ASCII and outer spaces trimmed.
    static func normalize(_ text: String) -> String {
        let mapped = text.unicodeScalars.map { scalar -> Character in
            switch scalar.value {
            case 0xFF01...0xFF5E: return Character(UnicodeScalar(scalar.value - 0xFEE0)!)
            case 0x3000: return " "
            case 0x2212: return "-"
            case 0xFFE5: return "¥"
            default: return Character(scalar)
            }
        }
        return String(mapped).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    // MARK: - Scanning

    /// The value of `text` times 10^`places`, refusing what a person could not have meant.
    /// - Parameters:
    ///   - noun: what the number is, in Chinese ("金额", "分值"), for the messages.
    ///   - allowNegative: whether a leading minus sign is accepted.
    static func scaled(_ text: String, places: Int, noun: String, allowNegative: Bool) -> Result<Int64, InputError> {
        var body = text
        if body.isEmpty { return .failure(InputError("请填写\(noun)")) }
        let negative = body.hasPrefix("-")
        if negative {
            guard allowNegative else { return .failure(InputError("\(noun)不能为负数：“\(text)”")) }
            body.removeFirst()
        } else if body.hasPrefix("+") {
            body.removeFirst()
        }
        if let error = refuseForeignCharacters(body, original: text, noun: noun) { return .failure(error) }
        return digits(body, original: text, places: places, noun: noun).map { negative ? -$0 : $0 }
    }

    /// A message when the text holds anything but digits, commas and one point.
    private static func refuseForeignCharacters(_ body: String, original: String, noun: String) -> InputError? {
        if body.range(of: #"^[0-9.,]*[eE][+-]?[0-9]+$"#, options: .regularExpression) != nil, body.first?.isNumber == true {
            return InputError("\(noun)不接受科学计数法“\(original)”，请直接写出数字")
        }
        if let bad = body.first(where: { !("0"..."9").contains($0) && $0 != "." && $0 != "," }) {
            if bad.isLetter { return InputError("\(noun)只能用数字填写，不能含有“\(bad)”") }
            if bad == " " { return InputError("\(noun)中间不能有空格：“\(original)”") }
            return InputError("\(noun)中有无法识别的字符“\(bad)”")
        }
        return nil
    }

    /// The scaled value of a text of digits, commas and at most one point.
    private static func digits(_ body: String, original: String, places: Int, noun: String) -> Result<Int64, InputError> {
        let parts = body.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count <= 2 else { return .failure(InputError("\(noun)只能有一个小数点：“\(original)”")) }
        let whole = parts[0]
        let fraction = parts.count == 2 ? parts[1] : ""
        if whole.isEmpty && fraction.isEmpty { return .failure(InputError("\(noun)中没有数字：“\(original)”")) }
        if fraction.contains(",") { return .failure(InputError("小数部分不能有逗号：“\(original)”")) }
        if whole.contains(","), whole.range(of: #"^[0-9]{1,3}(,[0-9]{3})+$"#, options: .regularExpression) == nil {
            return .failure(InputError("千位分隔符的位置不对：“\(original)”（应为 1,200 这样每三位一个逗号）"))
        }
        guard fraction.count <= places else {
            let unit = places == 2 ? "（到分）" : ""
            return .failure(InputError("\(noun)最多 \(places) 位小数\(unit)：“\(original)”有 \(fraction.count) 位"))
        }
        let wholeDigits = whole.replacingOccurrences(of: ",", with: "").drop(while: { $0 == "0" })
        guard wholeDigits.count <= 15 else { return .failure(InputError("\(noun)太大：“\(original)”")) }
        let padded = fraction + String(repeating: "0", count: places - fraction.count)
        return .success(Int64(String(wholeDigits) + padded) ?? 0)
    }
}
