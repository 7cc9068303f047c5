import Domain
import ScreenKit

/// The pages where a resident types: a booking, a rating, and the staff's way out.
enum KioskFormPages {
    /// The number pad: 0–9 into `field`, and 删除.
    static func pad(_ field: KioskField) -> [KioskButton] {
        (1...9).map { "\($0)" }.map { KioskButton($0, .type(field, $0)) } + [KioskButton("0", .type(field, "0")),
                                                                              KioskButton(KioskText.erase, .erase)]
    }

    /// A booking: first the free slots; once one is chosen, the name and phone fields and the pad.
    static func book(_ state: KioskState, _ frame: KioskFrame, into layout: inout KioskLayout) {
        guard let snapshot = state.snapshot else { return }
        guard state.slot != nil else {
            let slots = snapshot.openSlots.map { KioskButton($0.title, .pickSlot($0)) }
            return KioskPages.list(slots, state, frame, columns: frame.width < 100 ? 2 : 3, top: 1, into: &layout)
        }
        let h = frame.buttonHeight
        let fields = KioskGrid.cells(in: KioskGrid.below(frame.body, rows: 2), count: 2, columns: 2, rowHeight: h)
        var buttons = KioskGrid.place([KioskButton(KioskText.nameLabel + state.text(.name), .focus(.name), isOn: state.field == .name),
                                       KioskButton(KioskText.phoneLabel + state.text(.phone), .focus(.phone), isOn: state.field == .phone)],
                                      on: fields)
        buttons += padAndSubmit(.phone, KioskText.confirmBooking, below: 2 + h + 1, frame)
        layout.buttons = buttons
        layout.text = KioskGrid.top(frame.body, rows: 1)
    }

    /// 评价: the slip's number, the three levels, the reasons, and 提交.
    static func rate(_ state: KioskState, _ frame: KioskFrame, into layout: inout KioskLayout) {
        let h = frame.buttonHeight
        let levels = KioskRatingLevel.allCases.enumerated().map { i, level in
            KioskButton("\(["A", "B", "C"][i]) \(level.title)", key: .char(Character(["a", "b", "c"][i])), .level(level),
                         isOn: state.level == level)
        }
        let letters = ["D", "E", "F", "G", "H", "I"]
        let reasons = KioskRatingReason.all.enumerated().map { i, reason in
            KioskButton("\(letters[i]) \(reason)", key: .char(Character(letters[i].lowercased())), .reason(reason),
                        isOn: state.reason == reason)
        }
        var buttons = padAndSubmit(.number, KioskText.confirmRating, below: 2, frame, withSubmit: false)
        let levelArea = KioskGrid.below(frame.body, rows: 2 + h + 1)
        buttons += KioskGrid.place(levels, on: KioskGrid.cells(in: levelArea, count: 3, columns: 3, rowHeight: h))
        let reasonArea = KioskGrid.below(levelArea, rows: h + 1)
        let submit = KioskButton("Enter \(KioskText.confirmRating)", key: .enter, .submit)
        buttons += KioskGrid.place(reasons, on: KioskGrid.cells(in: reasonArea, count: reasons.count, columns: reasons.count, rowHeight: h))
        buttons += KioskGrid.place([submit], on: KioskGrid.cells(in: KioskGrid.below(reasonArea, rows: h + 1), count: 1, columns: 1,
                                                                 rowHeight: h))
        layout.buttons = buttons
        layout.text = KioskGrid.top(frame.body, rows: 1)
    }

    /// The staff's way out: the PIN, the pad and 确定.
    static func staffExit(_ state: KioskState, _ frame: KioskFrame, into layout: inout KioskLayout) {
        layout.buttons = padAndSubmit(.pin, KioskText.staffConfirm, below: 2, frame)
        layout.text = KioskGrid.top(frame.body, rows: 1)
    }

    /// A row of the pad (typing into `field`) then, a row lower, the submit button.
    static func padAndSubmit(_ field: KioskField, _ label: String, below rows: Int, _ frame: KioskFrame,
                             withSubmit: Bool = true) -> [KioskButton] {
        let h = frame.buttonHeight
        let padArea = KioskGrid.below(frame.body, rows: rows)
        var out = KioskGrid.place(pad(field), on: KioskGrid.cells(in: padArea, count: 11, columns: 11, rowHeight: h))
        if withSubmit {
            let submitArea = KioskGrid.below(padArea, rows: h + 1)
            out += KioskGrid.place([KioskButton("Enter \(label)", key: .enter, .submit)],
                                   on: KioskGrid.cells(in: submitArea, count: 1, columns: 1, rowHeight: h))
        }
        return out
    }
}
