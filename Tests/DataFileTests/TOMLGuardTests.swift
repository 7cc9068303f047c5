import DataFile
import Foundation
import Testing

/// Shapes of TOML that abort toml++ (found by scripts/fuzz) are refused with their line instead.
@Suite struct TOMLGuardTests {
    static let headerReason = "表头 [ ] 中的名称须以英文字母、数字、_ 或 - 开头（中文名称须加引号，如 [\"主题\"]）"
    static let braceReason = "数组 [ ] 中出现了 }：数组须以 ] 结束，行内表 { } 须成对"

    @Test("a header toml++ would abort on is refused with its line", arguments: [
        "[主题]\nname = \"x\"", "[\u{FFFD}heme]", "[[[a]]]", "[[]]", "[[=", "  [ é ]", "[# 注释", "[]",
    ])
    func refusedHeader(_ header: String) {
        let text = "a = 1\n" + header + "\n"
        #expect(throws: DataFileError(file: "t.toml", line: 2, reason: Self.headerReason)) {
            try TOMLSource(text, file: "t.toml")
        }
    }

    @Test("a header is found after a byte-order mark and across CRLF line ends")
    func bomAndCRLF() {
        #expect(throws: DataFileError(file: "t.toml", line: 1, reason: Self.headerReason)) {
            try TOMLSource("\u{FEFF}[\u{1}al]\n", file: "t.toml")
        }
        #expect(throws: DataFileError(file: "t.toml", line: 2, reason: Self.headerReason)) {
            try TOMLSource("a = 1\r\n[主题]\r\n", file: "t.toml")
        }
    }

    @Test("a } where an array expects a value is refused with its line", arguments: [
        "list = [}", "list = [1, }", "list = [ # 注释\n}", "t = { a = [ { b = 1 }, } }", "list = [[1], [}]]",
        "list = [\n  \"]\",\n  '}',\n}",
    ])
    func refusedBrace(_ value: String) {
        let text = "a = 1\n" + value + "\n"
        let line = 2 + value.filter { $0 == "\n" }.count
        #expect(throws: DataFileError(file: "t.toml", line: line, reason: Self.braceReason)) {
            try TOMLSource(text, file: "t.toml")
        }
    }

    @Test("the input the fuzzer found is refused, not aborted on")
    func fuzzFinding() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Fuzz/corpus/FuzzTheme/regression-array-brace.toml")
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        #expect(throws: DataFileError.self) { try TOMLSource(text, file: "t.toml") }
    }

    @Test("valid headers, arrays and inline tables still read")
    func allowed() throws {
        let text = "[\"主题\"]\nname = \"x\"\n[[items]]\nid = 1\n[a.b]\nv = [\n  [1, 2],\n  [ # 内层 }\n  ],\n  [\"x}\"],\n]\n"
            + "t = \"\"\"\n[注意] 须本人到场 }\n\"\"\"\nu = '[#'\nw = [{ a = [1] }, { b = \"}\" }]\nx = { y = [ 'z' ] }\n"
        let source = try TOMLSource(text, file: "t.toml")
        #expect(source.root["a"]?.table?["b"]?.table?["x"]?.table?["y"]?.array?.count == 1)
    }
}
