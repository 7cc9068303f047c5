/// The rule for a login PIN: 4 to 8 digits, typed twice when it is set.
public enum PinPolicy {
    public static let minDigits = 4
    public static let maxDigits = 8

    /// The PIN if it is 4–8 ASCII digits and matches its confirmation; otherwise a Chinese reason.
    public static func validate(_ pin: String, confirmation: String? = nil) -> Result<String, InputError> {
        guard pin.count >= minDigits, pin.count <= maxDigits else {
            return .failure(InputError("PIN 须为 \(minDigits)–\(maxDigits) 位数字，现为 \(pin.count) 位"))
        }
        guard pin.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return .failure(InputError("PIN 只能由数字 0–9 组成"))
        }
        if let confirmation, confirmation != pin {
            return .failure(InputError("两次输入的 PIN 不一致"))
        }
        return .success(pin)
    }
}
