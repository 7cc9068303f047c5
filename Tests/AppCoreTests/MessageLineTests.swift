import AppCore
import Domain
import ScreenKit
import Testing

/// The message line above the status bar: a refusal longer than the screen is wide grows upwards
/// instead of being cut, and its lines keep the rules of Chinese line breaking.
@Suite struct MessageLineTests {
    static let refusal = "不能支付：单笔 620.00 元 > 500 元，须经街道、镇相关科室审核后，按街道、镇相关程序审批（附件一 三(二)）；"
        + "当前只有书记的审批，还须主任审批。请在“审批”中查看这笔支出的审批路线，余 ¥10,612.62。"

    static func squeezed(_ s: String) -> String { s.filter { !$0.isWhitespace } }

    @Test("a long refusal is on screen whole at 80×24, every character, nothing cut", arguments: [80, 100])
    func wholeMessage(width: Int) {
        var s = Fixtures.mainState(width: width, height: 24)
        s.message = .init(Self.refusal, .error)
        let lines = Fixtures.render(s).textLines()
        let block = lines[..<(lines.count - 1)].suffix(4).map { Self.squeezed($0) }.joined()
        #expect(block.contains(Self.squeezed(Self.refusal)), "\(lines.suffix(5))")
        #expect(lines.last?.contains("王秀兰（") == true, "the status bar is still the last line")
    }

    @Test("no line of a wrapped message starts with closing punctuation, and the amounts stay whole")
    func wrappedByTheRules() {
        var s = Fixtures.mainState()
        s.message = .init(Self.refusal, .error)
        let lines = Fixtures.render(s).textLines().suffix(5).dropLast()
        #expect(lines.allSatisfy { !"，。、；：）》”".contains($0.trimmingCharacters(in: .whitespaces).first ?? " ") })
        let joined = lines.joined(separator: "\n")
        #expect(joined.contains("620.00") && joined.contains("¥10,612.62"))
    }

    @Test("a short message stays on its one line")
    func shortMessage() {
        var s = Fixtures.mainState()
        s.message = .init("已保存", .ok)
        let lines = Fixtures.render(s).textLines()
        #expect(lines[22].contains("已保存"))
        #expect(!lines[21].contains("已保存"))
    }
}
