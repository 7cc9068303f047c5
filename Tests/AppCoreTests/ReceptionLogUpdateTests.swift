import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// The reception log as `update` sees it: keys open the form and the lists, Enter on the policy
/// field opens the search and Enter on an item links it, a refusal keeps the form.
@Suite struct ReceptionLogUpdateTests {
    static let item = ReceptionUpdateTests.items.first { $0.title == "低保申请" }!
    var state = Fixtures.mainState()

    static func record(id: Int64 = 7, due: String? = "2026-11-25", signed: Bool = false, worker: Person = Fixtures.secretary)
        -> ReceptionRecord {
        let draft = ReceptionDraft(at: Fixtures.now.addingTimeInterval(-86_400 * 5), residentName: "张桂英", room: "12号楼301室",
                                   phone: "13812341234", category: "社会救助", policyID: 1, policyTitle: "低保申请",
                                   question: "低保怎么申请", outcome: due == nil ? .done : .awaitingReply,
                                   replyDue: due.flatMap(LocalDate.init(iso:)))
        return ReceptionRecord(id: id, workerID: worker.id, workerName: worker.name, original: draft,
                               signature: signed ? .init(at: Fixtures.now, byName: worker.name) : nil)
    }

    var reception: ReceptionState { state.main!.reception }

    @Test("Ctrl-N on the search opens the form (n is typed there); the time is now and the due date 3 working days on")
    mutating func newForm() {
        Fixtures.send([.char("n")], to: &state)
        #expect(reception.search.query.text == "n" && reception.editor == nil)
        Fixtures.send([.escape], to: &state)
        #expect(Fixtures.send([.ctrl("n")], to: &state).isEmpty, "the registry is not read: the room field looks up what is typed")
        #expect(reception.screen == .form)
        #expect(reception.editor?.form["at"].text == "2026-11-29 10:00")
        #expect(reception.editor?.form["due"].text == "2026-12-02", "Sunday the 29th: Mon, Tue, Wed")
    }

    @Test("Enter on the policy field searches for what it holds; Enter on an item links it and fills the category")
    mutating func linkAPolicy() {
        Fixtures.send([.ctrl("n")], to: &state)
        Fixtures.send(Array(repeating: .tab, count: 5), to: &state)
        Fixtures.type("dbsq", into: &state)
        #expect(Fixtures.send([.enter], to: &state) == [.searchPolicies(query: "dbsq")])
        #expect(reception.isPicking)
        _ = AppUpdate.update(&state, .policiesFound(query: "dbsq", items: [Self.item]))
        Fixtures.send([.enter], to: &state)
        #expect(reception.screen == .form && reception.editor?.linkedPolicy == Self.item)
        #expect(reception.editor?.form["category"].text == Self.item.lineOfBusiness)
        #expect(reception.editor?.form.focused.id == "question")
    }

    @Test("a draft with a problem stays on screen with the problem beside its field; a good one is saved")
    mutating func submit() {
        Fixtures.send([.ctrl("n"), .tab], to: &state)
        Fixtures.type("张桂英", into: &state)
        #expect(Fixtures.send([.enter], to: &state).isEmpty)
        #expect(reception.editor?.form["category"].error == "事项类别不能为空")
        Fixtures.type("社会救助", into: &state)
        Fixtures.send([.tab, .tab], to: &state)
        Fixtures.type("低保怎么申请", into: &state)
        let effects = Fixtures.send([.enter], to: &state)
        guard case .reception(.save(let draft, let user)) = effects.first else { Issue.record("no save: \(effects)"); return }
        #expect(draft.residentName == "张桂英" && draft.question == "低保怎么申请" && user == Fixtures.secretary)
        _ = AppUpdate.update(&state, .failed("保存失败：磁盘已满"))
        #expect(reception.editor?.form["question"].text == "低保怎么申请", "a refusal keeps what was typed")
    }

    @Test("the signature's message says what it earns by the points rule: nothing while a reply is still due")
    mutating func signedMessageTellsThePoints() {
        Fixtures.send([.ctrl("n")], to: &state)
        _ = AppUpdate.update(&state, .reception(.saved(Self.record(due: "2026-11-25", signed: true), .signed)))
        #expect(state.message?.text.hasPrefix("No.7 已登记居民签字。本次咨询待回复，尚未接待完成，不计分") == true, "\(state.message?.text ?? "")")
        _ = AppUpdate.update(&state, .reception(.saved(Self.record(due: nil, signed: true), .signed)))
        #expect(state.message?.text == "No.7 已登记居民签字。已办结，居民已签字确认：本次接待计 0.2 分（附件三 首问接待）")
    }

    @Test("a saved record is shown; s twice records the signature, the first press only asks")
    mutating func signTwice() {
        Fixtures.send([.ctrl("n")], to: &state)
        _ = AppUpdate.update(&state, .reception(.saved(Self.record(), .added)))
        #expect(reception.screen == .record && reception.editor == nil)
        #expect(Fixtures.send([.char("s")], to: &state).isEmpty)
        #expect(state.message?.kind == .warning)
        #expect(Fixtures.send([.char("s")], to: &state) == [.reception(.sign(id: 7, user: Fixtures.secretary))])
    }

    @Test("a signed record refuses s and opens a correction with e; Esc goes back to the list it came from")
    mutating func signedIsReadOnly() {
        Fixtures.send([.ctrl("t")], to: &state)
        _ = AppUpdate.update(&state, .reception(.today([Self.record(signed: true)])))
        Fixtures.send([.enter], to: &state)
        #expect(Fixtures.send([.char("s")], to: &state).isEmpty && state.message?.kind == .error)
        Fixtures.send([.char("e")], to: &state)
        #expect(reception.editor?.form["reason"].text == "" && reception.screen == .form)
        Fixtures.send([.escape, .escape], to: &state)
        #expect(reception.screen == .today)
    }

    @Test("r on a follow-up opens the reply form; Enter sends the reply with the satisfaction chosen")
    mutating func reply() {
        Fixtures.send([.ctrl("f")], to: &state)
        _ = AppUpdate.update(&state, .reception(.followUps(FollowUpPage(records: [Self.record()], offset: 0, total: 1, overdue: 0))))
        Fixtures.send([.char("r")], to: &state)
        Fixtures.type("已告知所需材料", into: &state)
        Fixtures.send([.tab, .right], to: &state)
        #expect(Fixtures.send([.enter], to: &state)
            == [.reception(.reply(id: 7, text: "已告知所需材料", satisfaction: .fairlySatisfied, user: Fixtures.secretary))])
    }

    @Test("the history form sends its query; a bad date stays beside its field")
    mutating func history() {
        Fixtures.send([.ctrl("r")], to: &state)
        Fixtures.type("张", into: &state)
        Fixtures.send([.tab, .tab, .tab, .tab], to: &state)
        Fixtures.type("11-01", into: &state)
        #expect(Fixtures.send([.enter], to: &state).isEmpty)
        Fixtures.send([.ctrl("u")], to: &state)
        Fixtures.type("2026-11-01", into: &state)
        #expect(Fixtures.send([.enter], to: &state)
            == [.reception(.search(ReceptionQuery(name: "张", from: LocalDate(iso: "2026-11-01"))))])
    }
}
