import Domain
import Foundation

/// 确定 on the pages that send something: checked here, stored by the loop.
extension KioskUpdate {
    static func submit(_ state: inout KioskState) -> [KioskEffect] {
        switch state.page {
        case .book: return book(&state)
        case .rate: return rate(&state)
        case .staffExit:
            guard !state.text(.pin).isEmpty else { return [] }
            return [.checkExit(pin: state.text(.pin))]
        default: return []
        }
    }

    static func book(_ state: inout KioskState) -> [KioskEffect] {
        guard let slot = state.slot else { return refuse(KioskText.slotMissing, &state) }
        let name = state.text(.name).trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { return refuse(KioskText.nameMissing, &state) }
        let phone = state.text(.phone)
        guard phone.count == 11 || phone.count == 8 else { return refuse(KioskText.phoneInvalid, &state) }
        return [.book(name: name, phone: phone, slot: slot)]
    }

    static func rate(_ state: inout KioskState) -> [KioskEffect] {
        guard let number = Int64(state.text(.number)), number > 0 else { return refuse(KioskText.numberMissing, &state) }
        guard let level = state.level else { return refuse(KioskText.levelMissing, &state) }
        return [.rate(KioskRating(receptionID: number, level: level, reason: state.reason))]
    }

    private static func refuse(_ text: String, _ state: inout KioskState) -> [KioskEffect] {
        state.message = KioskMessage(text, isError: true)
        return []
    }
}
