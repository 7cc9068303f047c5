import DataFile
import Testing

/// Table headers that abort toml++ (found by scripts/fuzz) are refused with their line instead.
@Suite struct TOMLHeaderGuardTests {
    @Test("a header toml++ would abort on is refused with its line", arguments: [
        "[主题]\nname = \"x\"", "[\u{FFFD}heme]", "[[[a]]]", "[[]]", "[[=", "  [ é ]", "[# 注释", "[]",
    ])
    func refused(_ header: String) {
        let text = "a = 1\n" + header + "\n"
        #expect(throws: DataFileError(file: "t.toml", line: 2, reason: "表头 [ ] 中的名称须以英文字母、数字、_ 或 - 开头（中文名称须加引号，如 [\"主题\"]）")) {
            try TOMLSource(text, file: "t.toml")
        }
    }

    @Test("valid headers and arrays at the start of a line still read")
    func allowed() throws {
        let text = "[\"主题\"]\nname = \"x\"\n[[items]]\nid = 1\n[a.b]\nv = [\n  [1, 2],\n  [ # 内层\n  ],\n  [\"x\"],\n]\n"
            + "t = \"\"\"\n[注意] 须本人到场\n\"\"\"\nu = '[#'\n"
        _ = try TOMLSource(text, file: "t.toml")
    }
}
