import Domain
import ScreenKit

extension FormState {
    /// The value if the domain accepted it; otherwise the domain's message goes under the field and the focus there.
    mutating func check<T>(_ id: String, _ result: Result<T, InputError>) -> T? {
        switch result {
        case .success(let value): return value
        case .failure(let error):
            fail(id, error.message)
            return nil
        }
    }

    /// The trimmed text of a field that must not be empty.
    mutating func required(_ id: String) -> String? {
        let text = self[id].text.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return check(id, .failure(InputError("此项不能为空"))) }
        return check(id, FieldText.validate(text, label: "此项", maxLength: self[id].input.maxLength))
    }

    /// The trimmed text of a field that may be empty, without control characters (`FieldText`).
    mutating func optional(_ id: String) -> String? {
        check(id, FieldText.validate(self[id].text, label: "此项", maxLength: self[id].input.maxLength))
    }

    /// The roles chosen in a multi-choice field of role titles, at least one.
    mutating func roles(_ id: String) -> Set<Role>? {
        check(id, Role.parseList(self[id].chosen.joined(separator: "、")).mapError { InputError($0.message) })
    }

    /// A PIN typed twice, checked by the domain's PIN rule; the mismatch is shown under the second field.
    mutating func pin(_ id: String, confirmation id2: String) -> String? {
        let result = PinPolicy.validate(self[id].text, confirmation: self[id2].text)
        if case .failure(let e) = result, PinPolicy.validate(self[id].text).isSuccess {
            return check(id2, .failure(e))
        }
        return check(id, result)
    }
}

extension Result {
    var isSuccess: Bool {
        if case .success = self { return true }
        return false
    }
}
