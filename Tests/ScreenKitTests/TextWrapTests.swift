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

    @Test("empty text is one empty line (with its prefix)")
    func empty() {
        #expect(TextWrap.lines("", width: 10, first: "- ") == ["- "])
    }
}
