import Testing
@testable import TerminalBackend

/// The one-line messages a person sees when the interface cannot start.
@Suite struct TerminalErrorTests {
    @Test(arguments: [
        TerminalError.notATerminal, .unknownTerminal("xyz"), .unknownTerminal(""),
        .unsupportedTerminal("dumb"), .noUTF8Locale,
    ])
    func messageIsOneLineChineseThenEnglish(error: TerminalError) {
        #expect(!error.message.contains("\n"))
        #expect(error.message.hasPrefix("无法打开终端："))
        #expect(error.message.contains("("))
    }

    @Test func unknownTerminalNamesIt() {
        #expect(TerminalError.unknownTerminal("xyz").message.hasPrefix("无法打开终端：未知的终端类型 TERM=xyz"))
    }

    @Test func exitCodeIsTwo() {
        #expect(TerminalError.exitCode == 2)
    }

    @Test(arguments: [("UTF-8", true), ("utf8", true), ("UTF8", true), ("ANSI_X3.4-1968", false), ("GB18030", false), ("", false)])
    func utf8Codesets(codeset: String, isUTF8: Bool) {
        #expect(LocaleSetup.isUTF8(codeset: codeset) == isUTF8)
    }
}
