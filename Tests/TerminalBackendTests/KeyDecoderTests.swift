import CNCursesW
import ScreenKit
import Testing
@testable import TerminalBackend

/// What `wget_wch`'s characters and key codes decode to.
@Suite struct KeyDecoderTests {
    let decoder = KeyDecoder(extendedCodes: [553: .ctrlLeft, 568: .ctrlRight, 512: .backTab])

    // MARK: - Characters

    @Test(arguments: [
        (UInt32(0x61), Key.char("a")), (0x20, .char(" ")), (0x4E2D, .char("中")), (0x3001, .char("、")),
        (9, .tab), (10, .enter), (13, .enter), (8, .backspace), (127, .backspace), (27, .escape),
        (1, .ctrl("a")), (3, .ctrl("c")), (17, .ctrl("q")), (26, .ctrl("z")),
    ])
    func characters(value: UInt32, key: Key) {
        #expect(decoder.key(forCharacter: value) == key)
    }

    @Test(arguments: [UInt32(0), 28, 31, 0x85, 0x9F, 0xD800])
    func ignoredCharacters(value: UInt32) {
        #expect(decoder.key(forCharacter: value) == nil)
    }

    // MARK: - Key codes

    @Test func cursorAndEditingKeys() {
        let expected: [(Int32, Key)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
            (KEY_HOME, .home), (KEY_END, .end), (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown),
            (KEY_ENTER, .enter), (KEY_BTAB, .backTab), (KEY_BACKSPACE, .backspace), (KEY_DC, .delete),
            (KEY_RESIZE, .resize), (KEY_FIND, .home), (KEY_SELECT, .end),
        ]
        for (code, key) in expected { #expect(decoder.key(forKeyCode: code) == key) }
    }

    @Test func functionKeysOneToTwelve() {
        for n in 1...12 { #expect(decoder.key(forKeyCode: KEY_F0 + Int32(n)) == .function(n)) }
        #expect(decoder.key(forKeyCode: KEY_F0) == nil)
        #expect(decoder.key(forKeyCode: KEY_F0 + 13) == nil)
    }

    @Test func extendedCodesOfThisTerminal() {
        #expect(decoder.key(forKeyCode: 553) == .ctrlLeft)
        #expect(decoder.key(forKeyCode: 568) == .ctrlRight)
        #expect(decoder.key(forKeyCode: 512) == .backTab)
        #expect(KeyDecoder().key(forKeyCode: 553) == nil)
    }

    @Test func unusedKeyCodesAreIgnored() {
        #expect(decoder.key(forKeyCode: KEY_MOUSE) == nil)
        #expect(decoder.key(forKeyCode: KEY_SLEFT) == nil)
    }

    @Test func extendedCapabilitiesNameCtrlArrows() {
        #expect(KeyDecoder.extendedCapabilities["kLFT5"] == .ctrlLeft)
        #expect(KeyDecoder.extendedCapabilities["kRIT5"] == .ctrlRight)
    }
}
