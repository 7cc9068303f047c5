import Testing
@testable import ScreenKit

/// A field's error is read whole: one that fits stays beside its field, one that does not is marked
/// "✗" there and drawn wrapped below the form, so nothing of it is cut at 80×24.
@Suite struct FormErrorTests {
    static let long = "接待时间应写作 YYYY-MM-DD HH:MM，且不晚于现在；例如 2026-12-04 09:30。请改正后再保存。"

    static func squeezed(_ lines: [String]) -> String { lines.joined().filter { !$0.isWhitespace } }

    static func form(error: String, choiceError: String? = nil) -> FormState {
        var form = FormState([
            FormField(id: "time", label: "接待时间", value: "2026-13-40", hint: "YYYY-MM-DD HH:MM", width: 20),
            FormField(id: "kind", label: "类别", kind: .choice(["咨询", "办事"])),
            FormField(id: "note", label: "内容", value: "低保"),
        ])
        form.fields[0].error = error
        form.fields[1].error = choiceError
        return form
    }

    @Test("an error of two lines is drawn whole below the form, however short its lines")
    func errorOfTwoLines() {
        var buffer = ScreenBuffer(width: 80, height: 24)
        let form = Self.form(error: "签名后写入的记录：\n接待 2 次")
        form.render(into: &buffer, rect: Rect(x: 0, y: 1, width: 80, height: 22))
        let lines = buffer.textLines()
        #expect(Self.squeezed(lines).contains("签名后写入的记录：接待2次"), "\(lines)")
        #expect(form.renderedHeight(width: 80) == 3 * 2 + 2)
    }

    @Test("a long error is on screen whole in the two-row form at 80×24")
    func longErrorTwoRowForm() {
        var buffer = ScreenBuffer(width: 80, height: 24)
        Self.form(error: Self.long).render(into: &buffer, rect: Rect(x: 0, y: 1, width: 80, height: 22))
        let lines = buffer.textLines()
        #expect(Self.squeezed(lines).contains(Self.long.filter { !$0.isWhitespace }), "\(lines)")
        #expect(lines[2].contains("✗"), "the field's own row is marked")
    }

    @Test("a long error is on screen whole in the one-row form at 80×24, and a choice's error is shown too")
    func longErrorRowForm() {
        var buffer = ScreenBuffer(width: 80, height: 24)
        let form = Self.form(error: Self.long, choiceError: "请选择类别")
        let end = form.renderRows(into: &buffer, rect: Rect(x: 0, y: 1, width: 80, height: 22))
        let text = Self.squeezed(buffer.textLines())
        #expect(text.contains(Self.long.filter { !$0.isWhitespace }))
        #expect(text.contains("✗请选择类别"), "a short error beside a choice is kept while another is drawn below")
        #expect(end > 4, "the rows below the form are used for the error")
    }

    @Test("a short error stays beside its field and nothing is drawn below the form")
    func shortErrorInline() {
        var buffer = ScreenBuffer(width: 80, height: 24)
        let end = Self.form(error: "日期不对").renderRows(into: &buffer, rect: Rect(x: 0, y: 1, width: 80, height: 22))
        let lines = buffer.textLines()
        #expect(lines[1].contains("✗ 日期不对"))
        #expect(end == 4)
        #expect(lines[4].trimmingCharacters(in: .whitespaces).isEmpty)
    }

    @Test("the error wraps inside a narrow form without losing a character")
    func narrowForm() {
        var buffer = ScreenBuffer(width: 40, height: 24)
        Self.form(error: Self.long).render(into: &buffer, rect: Rect(x: 0, y: 0, width: 40, height: 24))
        #expect(Self.squeezed(buffer.textLines()).contains(Self.long.filter { !$0.isWhitespace }))
    }
}
