import ScreenKit
import Testing

/// Wrapping paragraphs by display width.
@Suite struct TextWrapTests {
    @Test("Chinese breaks after any character, never past the width")
    func chinese() {
        let lines = TextWrap.lines("本市户籍共同生活的家庭", width: 8)
        #expect(lines == ["本市户籍", "共同生活", "的家庭"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 8 })
    }

    @Test("a wide character that would be cut moves whole to the next line")
    func wideAtEdge() {
        #expect(TextWrap.lines("ab低保", width: 5) == ["ab低", "保"])
    }

    @Test("a hanging indent, and line breaks kept")
    func hanging() {
        #expect(TextWrap.lines("身份证户口簿\n照片", width: 9, first: "1. ", rest: "   ")
                == ["1. 身份证", "   户口簿", "   照片"])
    }

    @Test("closing punctuation after a space does not start a line: it stays with the word before the space")
    func closingAfterSpace() {
        let text = "本月已走访 12 户 · 预计得分 8.0"
        #expect(TextWrap.lines(text, width: 18) == ["本月已走访 12 户 ·", "预计得分 8.0"])
        #expect(TextWrap.lines(text, width: 17) == ["本月已走访 12 ", "户 · 预计得分 8.0"])
        #expect(TextWrap.lines("· 此人不能再登录", width: 10).first == "· 此人不能")
    }

    @Test("empty text is one empty line (with its prefix)")
    func empty() {
        #expect(TextWrap.lines("", width: 10, first: "- ") == ["- "])
    }
}

/// The rules of Chinese line breaking (禁则) and whole amounts.
@Suite struct TextWrapKinsokuTests {
    static let closing: Set<Character> = Set("，。、；：？！）》」』】”’…%,.;:?!)")

    @Test("a line never starts with closing punctuation: the character before goes down with it")
    func closingStaysBehind() {
        let lines = TextWrap.lines("请书记和主任审批，再付款。", width: 12)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 12 })
        #expect(lines.dropFirst().allSatisfy { !Self.closing.contains($0.first ?? " ") }, "\(lines)")
        #expect(lines.joined() == "请书记和主任审批，再付款。")
    }

    @Test("a line never ends with opening punctuation")
    func openingGoesDown() {
        let lines = TextWrap.lines("依据为（附件一 三(二)）", width: 8)
        #expect(lines.allSatisfy { !$0.hasSuffix("（") && !$0.hasSuffix("(") }, "\(lines)")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 8 })
    }

    @Test("an amount is never split across lines", arguments: [14, 15, 16, 17, 18, 19, 20])
    func moneyWhole(width: Int) {
        let lines = TextWrap.lines("拆分后每笔不超过 500.00 元，余 ¥10,612.62。", width: width)
        let amounts = lines.flatMap { $0.matches(of: #/[0-9][0-9,.]*[0-9]/#).map { String($0.output) } }
        #expect(amounts == ["500.00", "10,612.62"], "\(lines)")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= width })
    }

    @Test("a run wider than the line is still broken, so nothing is lost or overflows")
    func longRun() {
        let lines = TextWrap.lines("/very/long/path/to/the/database.sqlite", width: 10)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 10 })
        #expect(lines.joined() == "/very/long/path/to/the/database.sqlite")
    }
}
