import DataFile
import Testing
@testable import Domain

/// Issue 17 item 3 and "Smaller": what comes in is bounded and clean. No control character on
/// any way in (a NUL was stored cut short, an ESC made a second 王秀兰 on the login list), every
/// text field bounded, and the one function that prints a stored text with its controls visible.
@Suite struct FieldTextTests {
    @Test("a control character is refused, naming the field and its position", arguments: [
        ("好邻居\u{0}文具店", 4, "U+0000"), ("王秀兰\u{1B}", 4, "U+001B"), ("\u{9B}31m", 1, "U+009B"), ("张\u{202E}三", 2, "U+202E"),
    ])
    func controlsAreRefused(_ text: String, _ position: Int, _ code: String) throws {
        let error = try #require(FieldText.problem(text, label: "收款方", maxLength: 50))
        #expect(error.message.hasPrefix("收款方第 \(position) 个字符"))
        #expect(error.message.contains(code))
    }

    @Test func staffNamesWithAnEscapeAreRefusedSoNoTwinAppearsOnTheLoginList() {
        #expect(PersonName.validate("王秀兰\u{1B}").isFailure)
        #expect(PersonName.validate("王秀兰\u{0}") .isFailure)
        #expect(PersonName.validate("王秀兰") == .success("王秀兰"))
    }

    @Test func freeTextFieldsAndRoomsRefuseControls() {
        #expect(TextField.validate("独居\u{7}老人", label: "备注", required: false).isFailure)
        #expect(RoomNumber.validate("12号楼\u{1B}301室").isFailure)
        #expect(TextField.validate("独居老人", label: "备注", required: false) == .success("独居老人"))
    }

    @Test func tabAndNewlineOnlyWhereAFieldAllowsThem() {
        #expect(FieldText.firstControl(in: "两行\n说明", allowingLineBreaks: true) == nil)
        #expect(FieldText.firstControl(in: "两行\n说明")?.position == 3)
        #expect(FieldText.firstControl(in: "两行\u{1B}说明", allowingLineBreaks: true)?.position == 3)
    }

    @Test func aMegabyteIsRefusedWithTheBound() throws {
        let error = try #require(FieldText.problem(String(repeating: "文", count: 1_000_000), label: "项目", maxLength: FieldText.shortLength))
        #expect(error.message == "项目不能超过 50 个字（本程序取值），现有 1000000 个字")
    }

    @Test func controlsArePrintedVisiblyThroughOneFunction() {
        #expect(ControlText.visible("王秀兰\u{1B}[2J") == "王秀兰\\u{1B}[2J")
        #expect(ControlText.visible("a\u{0}b\u{9B}c") == "a\\u{0}b\\u{9B}c")
        #expect(ControlText.visible("一\n二\r\n三\r四", keepingLineBreaks: true) == "一\n二\r\n三\\u{D}四")
        #expect(ControlText.visible("普通文字 123") == "普通文字 123")
        #expect(FieldText.echo(String(repeating: "长", count: 1000)).count < 50, "a message repeats a refused text only in part")
    }
}

extension Result {
    var isFailure: Bool { if case .failure = self { return true } else { return false } }
    var isSuccess: Bool { !isFailure }
}
