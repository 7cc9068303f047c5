import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// The touch screen's behaviour: taps and keys reach the same buttons, residents cannot leave,
/// 60 s untouched forgets everything, and what is sent is checked first.
@Suite struct KioskUpdateTests {
    typealias F = KioskFixtures

    @Test func aTapOnAButtonAndItsKeyOpenTheSamePage() {
        var tapped = F.state()
        F.tap(&tapped, KioskText.guide)
        var keyed = F.state()
        F.press(&keyed, .char("4"))
        #expect(tapped.page == .guide && keyed.page == .guide)
    }

    @Test func aTapBetweenButtonsDoesNothingButCountsAsATouch() {
        var state = F.state()
        state.now = F.now.addingTimeInterval(30)
        _ = KioskUpdate.update(&state, .mouse(MouseEvent(.press, column: 0, row: 0)))
        #expect(state.page == .home && state.lastTouched == state.now)
    }

    @Test(arguments: [Key.ctrl("c"), .function(10), .char("q"), .ctrl("q"), .escape])
    func aResidentCannotLeave(key: Key) {
        var state = F.state()
        let effects = KioskUpdate.update(&state, .key(key))
        #expect(effects.isEmpty && !state.leaving && state.page == .home)
    }

    @Test func theShippedKeysBindNoWayOutButTheStaffKey() {
        let keymap = KioskKeymap.standard
        for key in [Key.ctrl("c"), .function(10), .char("q"), .ctrl("q")] {
            #expect(keymap.command(for: key, in: [KioskKeymap.context]) == nil, "\(key)")
        }
        #expect(KioskKeymap.staffExitKey(keymap) == "Ctrl-X")
        #expect(Set(keymap.bindings(in: KioskKeymap.context).map(\.command)) == KioskKeymap.commands)
    }

    @Test func staffLeaveOnlyWithTheExitKeyAndASecretarysPin() {
        var state = F.state()
        F.press(&state, .ctrl("x"))
        #expect(state.page == .staffExit)
        F.press(&state, .char("1"), .char("2"), .char("3"), .char("4"))
        #expect(F.text(state).contains("****") && !F.text(state).contains("1234"), "the PIN is never shown")
        #expect(KioskUpdate.update(&state, .key(.enter)) == [.checkExit(pin: "1234")])
        _ = KioskUpdate.update(&state, .exitChecked(KioskText.exitRefused))
        #expect(!state.leaving && state.message?.isError == true && state.text(.pin).isEmpty)
        _ = KioskUpdate.update(&state, .exitChecked(nil))
        #expect(state.leaving)
    }

    @Test func sixtySecondsUntouchedGoesHomeAndForgetsWhatWasTyped() {
        var state = F.state()
        F.press(&state, .char("4"), .char("1"), .char("d"), .char("b"))
        #expect(state.page == .search && state.text(.search) == "db")
        _ = KioskUpdate.update(&state, .tick(F.now.addingTimeInterval(59)))
        #expect(state.page == .search, "59 s: still there")
        _ = KioskUpdate.update(&state, .tick(F.now.addingTimeInterval(60)))
        #expect(state.page == .home && state.inputs.isEmpty && state.history.isEmpty)
    }

    @Test func theScreenIsReadAgainWithinAMinute() {
        var state = F.state()
        #expect(KioskUpdate.update(&state, .tick(F.now.addingTimeInterval(29))).isEmpty)
        #expect(KioskUpdate.update(&state, .tick(F.now.addingTimeInterval(30))) == [.load])
    }

    @Test func theOnScreenKeyboardFindsAnItemByInitialsAndOpensIt() {
        var state = F.state()
        F.tap(&state, KioskText.guide)
        F.tap(&state, KioskText.search)
        for letter in ["d", "b", "s", "q"] { F.tap(&state, letter) }
        #expect(state.text(.search) == "dbsq")
        F.tap(&state, "低保申请")
        #expect(state.page == .item("低保申请"))
        let screen = F.text(state)
        #expect(screen.contains(KioskText.conditions) && screen.contains(KioskText.materials))
        F.press(&state, .escape)
        #expect(state.page == .search)
    }

    @Test func aShortNameButtonTypesTheWholeName() {
        var state = F.state()
        F.press(&state, .char("4"), .char("1"))
        let name = try! #require(F.snapshot.guide.shortNames(limit: 4).first)
        F.tap(&state, name)
        #expect(state.text(.search) == name && !F.snapshot.guide.search(name).isEmpty)
    }

    @Test func theWheelPagesThroughALongPage() {
        var state = F.state(height: 24)
        state.snapshot?.notices = (1...8).map { i in
            KioskNotice(id: Int64(i), title: "通知 \(i)", date: F.today, body: "第 \(i) 条。", until: F.today)
        }
        state.page = .notices
        #expect(KioskLayout.of(state).total > KioskLayout.of(state).body.height, "a text longer than the screen")
        _ = KioskUpdate.update(&state, .mouse(MouseEvent(.wheelDown, .none, column: 5, row: 5)))
        #expect(state.scroll > 0)
        _ = KioskUpdate.update(&state, .mouse(MouseEvent(.wheelUp, .none, column: 5, row: 5)))
        #expect(state.scroll == 0)
    }

    @Test func aBookingNeedsASlotANameAndAPhoneAndIsShownBackMasked() {
        var state = F.state()
        F.press(&state, .char("3"), .char("1"))
        #expect(state.page == .book)
        let slot = F.snapshot.openSlots[0]
        F.tap(&state, slot.title)
        #expect(state.slot == slot && state.field == .name)
        #expect(KioskUpdate.update(&state, .key(.enter)).isEmpty && state.message?.text == KioskText.nameMissing)
        F.press(&state, .char("刘"), .char("阿"), .char("婆"), .tab)
        for digit in "1381234567" { F.tap(&state, String(digit)) }
        #expect(KioskUpdate.update(&state, .key(.enter)).isEmpty && state.message?.text == KioskText.phoneInvalid)
        F.tap(&state, "8")
        #expect(KioskUpdate.update(&state, .key(.enter)) == [.book(name: "刘阿婆", phone: "13812345678", slot: slot)])
        _ = KioskUpdate.update(&state, .submitted(KioskText.booked(name: "刘阿婆", phone: "13812345678", slot: slot)))
        let screen = F.text(state)
        #expect(screen.contains("刘** 138****5678") && !screen.contains("13812345678") && !screen.contains("刘阿婆"))
        #expect(state.inputs.isEmpty && state.slot == nil)
    }

    @Test func aRatingNeedsTheSlipNumberAndALevel() {
        var state = F.state()
        F.tap(&state, KioskText.rating)
        #expect(KioskUpdate.update(&state, .key(.enter)).isEmpty && state.message?.text == KioskText.numberMissing)
        F.press(&state, .char("4"), .char("2"))
        #expect(KioskUpdate.update(&state, .key(.enter)).isEmpty && state.message?.text == KioskText.levelMissing)
        F.tap(&state, "基本满意")
        F.tap(&state, "等候时间长")
        #expect(KioskUpdate.update(&state, .key(.enter))
                == [.rate(KioskRating(receptionID: 42, level: .fairlySatisfied, reason: "等候时间长"))])
    }

    @Test func aButtonsLetterWorksInCapitalsAsItIsShown() {
        var state = F.state()
        F.tap(&state, KioskText.rating)
        F.press(&state, .char("4"), .char("2"), .char("A"), .char("G"))
        #expect(KioskUpdate.update(&state, .key(.enter))
                == [.rate(KioskRating(receptionID: 42, level: .satisfied, reason: "态度不好"))])
    }
}
