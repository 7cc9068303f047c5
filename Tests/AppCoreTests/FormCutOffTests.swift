import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// Messages of the visit and reception forms at 80×24 are on screen whole (wrapped where long),
/// and the policy picker's note is drawn below the results, never over a row of them.
@Suite struct FormCutOffTests {
    /// The screen's text with every space and line break taken out, so that a wrapped sentence reads whole.
    static func flat(_ text: String) -> String { text.filter { !$0.isWhitespace } }
    static func shows(_ text: String, _ s: AppState) -> Bool { flat(Fixtures.screenText(s)).contains(flat(text)) }

    @Test("the new-household prompt on the visit form is on screen whole, and so is every field")
    func newHouseholdPrompt() {
        var s = VisitFixtures.state(VisitFixtures.board(VisitFixtures.visits(22)))
        Fixtures.send([.char("a"), .tab], to: &s)
        Fixtures.type("赵大伯", into: &s)
        Fixtures.send([.tab], to: &s)
        Fixtures.type("8号楼808室", into: &s)
        Fixtures.send([.tab, .tab], to: &s)
        Fixtures.type("了解近况", into: &s)
        Fixtures.send([.enter], to: &s)
        let prompt = s.main?.visits.editor?.form["room"].error ?? ""
        #expect(prompt.contains("登记为新住户（户主为走访居民）并保存"))
        #expect(Self.shows(prompt, s), "\(Fixtures.screenText(s))")
        #expect(Fixtures.screenText(s).contains("走访类型：(*)一般走访"), "the wrapped prompt is not drawn over the last field")
    }

    @Test("the reception record's footer (its points, its reply and its keys) is on screen whole")
    func receptionFooter() {
        var s = Fixtures.mainState()
        Fixtures.send([.ctrl("n")], to: &s)
        _ = AppUpdate.update(&s, .reception(.saved(ReceptionLogUpdateTests.record(), .added)))
        let record = ReceptionLogUpdateTests.record()
        let rules = VisitFixtures.rules
        var footer = [ReceptionPoints.evaluate(record, rules: rules).message]
        if let due = ReplyDeadline.evaluate(record, today: VisitFixtures.today, rules: rules) { footer.append(due.message) }
        #expect(footer.contains { DisplayWidth.of($0) > 76 }, "a sentence longer than the screen is wide")
        for sentence in footer { #expect(Self.shows(sentence, s), "\(sentence)\n\(Fixtures.screenText(s))") }
        #expect(Self.shows("居民在记录册上签字后按", s))
    }

    @Test("the policy picker's note takes its own row below the results")
    func pickerNote() {
        var s = Fixtures.mainState()
        Fixtures.send([.ctrl("n")], to: &s)
        Fixtures.send(Array(repeating: .tab, count: 5), to: &s)
        Fixtures.type("dbsq", into: &s)
        Fixtures.send([.enter], to: &s)
        let items = ReceptionUpdateTests.items
        _ = AppUpdate.update(&s, .policiesFound(query: "dbsq", items: items))
        let lines = Fixtures.render(s).textLines()
        guard let row = lines.firstIndex(where: { $0.contains("选择政策事项") }) else {
            Issue.record("no picker note: \(lines.joined(separator: "\n"))")
            return
        }
        #expect(items.count > 24, "enough items to fill the table")
        #expect(lines[row].trimmingCharacters(in: .whitespaces).hasSuffix("返回表单"), "no result row under the note: \(lines[row])")
        #expect(items.contains { lines[row - 1].contains($0.title.prefix(3)) }, "the results reach the row above the note")
    }
}
