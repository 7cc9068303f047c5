import DataFile
import Testing

/// The one error of every data file: its message names the file and the line when they are known.
@Suite struct DataFileErrorTests {
    @Test func fileLineAndReason() {
        let error = DataFileError(file: "putuo-2017.toml", line: 54, reason: "visits.quota 应为整数")
        #expect(error.message == "putuo-2017.toml 第 54 行：visits.quota 应为整数")
        #expect(error.description == error.message)
    }

    @Test func withoutALineTheFileAndReason() {
        let error = DataFileError(file: "x.toml", line: nil, reason: "缺少 [roles] 表")
        #expect(error.message == "x.toml：缺少 [roles] 表")
    }

    @Test func inNoFileTheReasonAlone() {
        let error = DataFileError(reason: "未知的主题 \"solarized\"")
        #expect(error.file.isEmpty)
        #expect(error.line == nil)
        #expect(error.message == "未知的主题 \"solarized\"")
    }

    @Test func errorsAreComparedByFileLineAndReason() {
        let error = DataFileError(file: "a.toml", line: 3, reason: "x")
        #expect(error == DataFileError(file: "a.toml", line: 3, reason: "x"))
        #expect(error != DataFileError(file: "a.toml", line: 4, reason: "x"))
        #expect(error != DataFileError(file: "b.toml", line: 3, reason: "x"))
    }
}
