import Testing
@testable import ScreenKit

/// What does not fit is noted, so tests can find a sentence cut off (every golden screen checks
/// `clipped`); and the form widgets keep their text whole at 80 columns instead of cutting it.
@Suite struct CutOffTests {
    @Test("put notes what it leaves out: past the width, past maxWidth, or on a row off the screen")
    func putNotesClips() {
        var buffer = ScreenBuffer(width: 10, height: 2)
        buffer.put("一二三四五六", x: 0, y: 0, role: .normal)
        buffer.put("abc", x: 0, y: 1, maxWidth: 2, role: .label)
        buffer.put("下面", x: 0, y: 2, role: .muted)
        buffer.put("ok   ", x: 7, y: 1, role: .normal)   // only blanks left out: nothing lost
        #expect(buffer.clipped.map(\.lost) == ["六", "c", "下面"])
        #expect(buffer.clipped.map(\.role) == [.normal, .label, .muted])
    }

    @Test("a paragraph with more lines than it may take notes the rest")
    func paragraphNotesDroppedLines() {
        var buffer = ScreenBuffer(width: 20, height: 5)
        let used = buffer.putParagraph("甲乙丙丁戊己庚辛壬癸子丑寅卯辰", x: 0, y: 0, width: 10, maxLines: 2, role: .normal)
        #expect(used == 2)
        #expect(buffer.clipped.count == 1 && buffer.clipped[0].lost == "子丑寅卯辰")
    }

    @Test("a single choice too long for its row shows the chosen option, its place and the keys, whole")
    func longChoiceIsASpinner() {
        let options = ["便民利民类项目", "群众活动类项目", "公益风尚类项目", "居民群众迫切需要的其他服务事项"]
        var form = FormState([FormField(id: "c", label: "用途类别", kind: .choice(options))])
        form.fields[0].selected = [2]
        var buffer = ScreenBuffer(width: 80, height: 3)
        form.renderRows(into: &buffer, rect: Rect(x: 2, y: 0, width: 76, height: 3), labelWidth: 10)
        #expect(buffer.textLines()[0].contains("用途类别：‹ 公益风尚类项目 ›  ←→ 选择（3/4）"))
        #expect(buffer.clipped.isEmpty, "\(buffer.clipped)")
    }

    @Test("a short choice still shows every option")
    func shortChoiceShowsAll() {
        var buffer = ScreenBuffer(width: 80, height: 3)
        FormState([FormField(id: "c", label: "类别", kind: .choice(["咨询", "办事"]))])
            .renderRows(into: &buffer, rect: Rect(x: 0, y: 0, width: 80, height: 3))
        #expect(buffer.textLines()[0].contains("(*)咨询 ( )办事"))
    }

    @Test("a hint too long for the value's row is drawn whole on the row below")
    func longHintBelow() {
        let hint = "以、分隔：独居老人、困难家庭、残疾人、低保、优抚对象、特殊对象、其他"
        var buffer = ScreenBuffer(width: 80, height: 4)
        FormState([FormField(id: "tags", label: "标签", value: "独居老人", hint: hint, width: 24)])
            .render(into: &buffer, rect: Rect(x: 2, y: 0, width: 76, height: 4))
        #expect(buffer.textLines()[1].contains(hint))
        #expect(buffer.clipped.isEmpty, "\(buffer.clipped)")
    }

    @Test("a question taller than the screen keeps its answer keys on screen and says how many lines it left out")
    func confirmTallerThanTheScreen() {
        var buffer = ScreenBuffer(width: 80, height: 12)
        let body = (1...20).map { ("第 \($0) 号接待记录", StyleRole.dialog) }
        Dialog.confirm(title: "按记录重算", width: 60, body: body, keys: "y 重算   n 或 Esc 返回", into: &buffer)
        let text = buffer.textLines().joined(separator: "\n")
        #expect(text.contains("y 重算   n 或 Esc 返回"))
        #expect(text.contains("第 8 号接待记录") && !text.contains("第 9 号接待记录"))
        #expect(text.contains(Dialog.moreLines(12)))
    }

    @Test("a short question is drawn whole: its paragraphs wrapped, a blank line kept, the keys last")
    func confirmShort() {
        var buffer = ScreenBuffer(width: 80, height: 24)
        let long = String(repeating: "支付写入台账后不能修改或删除。", count: 6)
        let inner = Dialog.confirm(title: "确认", width: 40, body: [(long, .dialog), ("", .dialog)], keys: "y 支付", into: &buffer)
        let rows = buffer.textLines()[inner.y..<inner.maxY].map { $0.filter { !$0.isWhitespace && $0 != "│" } }
        #expect(rows.joined().hasPrefix(long.filter { !$0.isWhitespace }))
        #expect(rows.last == "y支付" && rows[rows.count - 2].isEmpty)
        #expect(buffer.clipped.isEmpty)
    }
}
