import AppCore
import Domain
import Foundation
@testable import ScreenKit
import Testing

/// Issue 19, "make it checkable": every message the program can show (`MessageCorpus`: errors,
/// refusals, verdicts, hints, each interpolation filled with a long worst-case sample) is drawn at
/// 80×24 in each widget that shows messages (the message line, a dialog, a form field's error line)
/// and must be on screen whole, nothing clipped, no wrapped line starting with closing punctuation.
@Suite struct MessageCorpusTests {
    // MARK: - The widgets, as the program draws them

    /// The message line above the status bar, on the main screen.
    static func messageLine(_ text: String) -> ScreenBuffer {
        var s = Fixtures.mainState()
        if !text.isEmpty { s.message = .init(text, .error) }
        var buffer = ScreenBuffer(width: s.width, height: s.height)
        AppView.render(s, into: &buffer)
        return buffer
    }

    /// The width of the narrowest question dialog the program draws, read from the sources
    /// (`Dialog.confirm(title: …, width: 50`), so a narrower one added later is the one checked.
    static let dialogWidth: Int = {
        let pattern = try! NSRegularExpression(pattern: #"Dialog\.confirm\(title: [^\n]*?, width: (\d+)"#)
        let widths = ((try? LayeringTests.files()) ?? []).flatMap { file in
            pattern.matches(in: file.text, range: NSRange(file.text.startIndex..., in: file.text)).compactMap {
                Range($0.range(at: 1), in: file.text).flatMap { Int(file.text[$0]) }
            }
        }
        return widths.min() ?? 0
    }()

    /// A question dialog of the narrowest width.
    static func dialog(_ text: String) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: 80, height: 24)
        if !text.isEmpty {
            Dialog.confirm(title: "提示", width: dialogWidth, body: [(text, .dialog)], keys: "y 确定   n 或 Esc 返回", into: &buffer)
        }
        return buffer
    }

    /// A field's error on a form in a 72-column dialog (the people and duty forms), the dialog grown
    /// to the form's `renderedHeight` as those dialogs are.
    static func formError(_ text: String) -> ScreenBuffer {
        var form = FormState([FormField(id: "when", label: "接待时间", width: 20), FormField(id: "what", label: "咨询内容")])
        if !text.isEmpty { form["when"].error = text }
        var buffer = ScreenBuffer(width: 80, height: 24)
        let height = form.renderedHeight(width: 68, labelWidth: 12) + 3
        let inner = Dialog.render(title: "表单", width: 72, height: height, into: &buffer)
        form.render(into: &buffer, rect: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1), labelWidth: 12)
        return buffer
    }

    // MARK: - The check

    static func flat(_ text: String) -> String { text.filter { !$0.isWhitespace && $0 != "│" } }

    /// What is wrong with `text` as `widget` draws it: a clip, a part not on screen, or a line
    /// of it starting with closing punctuation; nil when it is shown whole and well broken.
    static func problem(_ text: String, in widget: (String) -> ScreenBuffer, blank: [String]? = nil) -> String? {
        let buffer = widget(text), blank = blank ?? widget("").textLines()
        if let clip = buffer.clipped.first { return "被截断：\(clip)" }
        let rows = zip(buffer.textLines(), blank).filter { $0 != $1 }.map(\.0)
        if !flat(rows.joined()).contains(flat(text)) { return "不完整：\(rows)" }
        let starts = rows.map { row in row.drop { $0.isWhitespace || "│✗".contains($0) } }
        let bad = starts.filter { $0.first.map(TextWrap.closing.contains) ?? false }
        let first = text.first { !$0.isWhitespace }
        let allowed = first.map(TextWrap.closing.contains) == true ? 1 : 0   // a fragment that starts so
        return bad.count > allowed ? "行首标点：\(bad.map { String($0.prefix(12)) })" : nil
    }

    static func failures(in widget: (String) -> ScreenBuffer) -> [String] {
        let blank = widget("").textLines()
        return MessageCorpus.all.compactMap { m in problem(m.text, in: widget, blank: blank).map { "\(m)\n    → \($0)" } }
    }

    static func report(_ failures: [String]) -> String {
        "\(failures.count) 条：\n" + failures.prefix(20).joined(separator: "\n")
    }

    // MARK: - Tests

    @Test("the corpus is read from every layer, text homes and inline, with long samples in place of interpolations")
    func corpusFound() {
        let corpus = MessageCorpus.all
        #expect(corpus.filter { $0.home != MessageCorpus.inline }.count > 500, "\(corpus.count)")
        #expect(corpus.contains { $0.home == MessageCorpus.inline }, "messages written outside a text home are read too")
        #expect(!corpus.contains { $0.text.contains("CREATE TABLE") }, "SQL is not a message")
        let layers = Set(corpus.map { String($0.file.split(separator: "/")[1]) })
        #expect(layers == Set(MessageCorpus.layers))
        let kept = corpus.first { $0.text == "未签退，仍在值班中" }
        #expect(kept?.home == "DutyText" && kept?.file == "Sources/AppCore/Features/Duty/DutyText+Screen.swift")
        let line = kept.flatMap { try? String(contentsOfFile: LayeringTests.sources.deletingLastPathComponent().path + "/" + $0.file, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)[$0.line - 1] }
        #expect(line?.contains("未签退，仍在值班中") == true, "the line named is the line it is written on")
        #expect(corpus.contains { $0.text.contains(MessageCorpus.amount) && $0.text.contains("元") })
        #expect(corpus.contains { $0.text.contains(MessageCorpus.name) })
    }

    @Test("every message is whole on the message line at 80×24")
    func onTheMessageLine() {
        let failures = Self.failures(in: Self.messageLine)
        #expect(failures.isEmpty, "\(Self.report(failures))")
    }

    @Test("every message is whole in a question dialog at 80×24")
    func inADialog() {
        #expect((40...76).contains(Self.dialogWidth), "the narrowest dialog is found in the sources: \(Self.dialogWidth)")
        let failures = Self.failures(in: Self.dialog)
        #expect(failures.isEmpty, "\(Self.report(failures))")
    }

    @Test("every message is whole as a form field's error at 80×24")
    func asAFieldError() {
        let failures = Self.failures(in: Self.formError)
        #expect(failures.isEmpty, "\(Self.report(failures))")
    }

    @Test("the check fails where a widget cuts a message or starts a line with closing punctuation")
    func checkCanFail() {
        let long = MessageCorpus.all.first { DisplayWidth.of($0.text) > 90 }!.text
        let oneRow: (String) -> ScreenBuffer = { text in
            var buffer = ScreenBuffer(width: 80, height: 24)
            buffer.put(text, x: 0, y: 22, maxWidth: 80, role: .message)
            return buffer
        }
        #expect(Self.problem(long, in: oneRow)?.hasPrefix("被截断") == true)
        let badBreak: (String) -> ScreenBuffer = { text in
            var buffer = ScreenBuffer(width: 80, height: 24)
            for (i, chunk) in text.chunked(10).enumerated() { buffer.put(chunk, x: 0, y: i, role: .message) }
            return buffer
        }
        #expect(Self.problem("一二三四五六七八九十，十一十二", in: badBreak)?.hasPrefix("行首标点") == true)
        #expect(Self.problem("一二三四五六七八九十，十一十二", in: Self.dialog) == nil)
    }
}

private extension String {
    func chunked(_ size: Int) -> [String] {
        stride(from: 0, to: count, by: size).map { String(dropFirst($0).prefix(size)) }
    }
}
