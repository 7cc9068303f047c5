import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// The 议事 page (F4) at 80×24: a year's meetings with the chosen one's decisions and their codes,
/// the form that records a meeting (a 书记 or 主任 only), and what it sends to storage.
@Suite struct MeetingsScreenTests {
    static let day = LocalDate(iso: "2026-11-20")!

    static let meetings = [
        Meeting(id: 11, kind: .coordination, date: LocalDate(iso: "2026-11-06")!, place: "社区活动室", topic: "加装电梯协调",
                attendees: ["王秀兰"], outsideParties: ["物业公司", "业委会"], decisions: Meeting.numbered(["物业月底前报方案"])),
        Meeting(id: 12, kind: .committeeBoard, date: day, place: "居委会会议室", topic: "居民投诉的处理",
                attendees: ["王秀兰", "李明"], decisions: Meeting.numbered(["李明居民投诉扣 3 分", "下月起每周一例会讲评"])),
    ]

    static func pageState(_ user: Person = Fixtures.secretary) -> AppState {
        var s = Fixtures.mainState(user)
        #expect(Fixtures.send([.function(4)], to: &s) == [.meetings(.load(year: 2026))])
        _ = AppUpdate.update(&s, .meetings(.loaded(year: 2026, meetings)))
        return s
    }

    @Test func f4ListsTheYearsMeetingsAndTheChosenOnesDecisionsWithTheirCodes() {
        var s = Self.pageState()
        #expect(s.keyContexts.first == .meetings)
        Fixtures.send([.down], to: &s)
        let screen = Fixtures.screenText(s)
        #expect(screen.contains("议事协商 · 2026 年（共 2 次会议）"))
        #expect(screen.contains("#12-2 下月起每周一例会讲评") && screen.contains("参会：王秀兰、李明"))
        Golden.assert(Fixtures.render(s), named: "meetings-list")
        #expect(Fixtures.send([.char("[")], to: &s) == [.meetings(.load(year: 2025))])
        #expect(Fixtures.screenText(s).contains("本年没有会议记录"))
        Fixtures.send([.escape], to: &s)
        #expect(s.main?.meetings == nil)
    }

    @Test func aMeetingTypedIsSentWithItsPeopleAndNumberedDecisions() {
        var s = Self.pageState()
        Fixtures.send([.char("a")], to: &s)
        #expect(s.activeForm?["kind"].chosen == ["居委会班子会议"], "the board, whose decisions deductions cite, comes first to hand")
        Golden.assert(Fixtures.render(s), named: "meetings-form")
        Fixtures.send([.tab], to: &s)
        Fixtures.send(Array(repeating: .backspace, count: 10), to: &s)
        Fixtures.type("2026-11-25", into: &s)
        for text in ["居委会会议室", "矛盾调处扣分", "王秀兰、李明", "", "李明扣 5 分；另行约谈"] {
            Fixtures.send([.tab], to: &s)
            Fixtures.type(text, into: &s)
        }
        let effects = Fixtures.send([.enter], to: &s)
        let meeting = Meeting(kind: .committeeBoard, date: LocalDate(iso: "2026-11-25")!, place: "居委会会议室", topic: "矛盾调处扣分",
                              attendees: ["王秀兰", "李明"], decisions: Meeting.numbered(["李明扣 5 分", "另行约谈"]))
        #expect(effects == [.meetings(.record(meeting, by: Fixtures.secretary.id))])
        var saved = meeting
        saved.id = 13
        #expect(AppUpdate.update(&s, .meetings(.recorded(saved))) == [.meetings(.load(year: 2026))])
        #expect(s.main?.meetings?.editor == nil && s.message?.text == "已记录第 13 号会议（2026-11-25 居委会班子会议），决定 2 项")
    }

    @Test func aBadDateStaysInTheFormUnderItsField() {
        var s = Self.pageState()
        Fixtures.send([.char("a"), .tab], to: &s)
        Fixtures.send(Array(repeating: .backspace, count: 10), to: &s)
        Fixtures.type("11月25日", into: &s)
        for text in ["会议室", "议题", "王秀兰、李明"] {
            Fixtures.send([.tab], to: &s)
            Fixtures.type(text, into: &s)
        }
        #expect(Fixtures.send([.enter], to: &s).isEmpty)
        #expect(s.activeForm?["date"].error?.contains("YYYY-MM-DD") == true)
    }

    @Test func aWorkerReadsTheMinutesButIsNotOfferedTheForm() {
        var s = Self.pageState(Fixtures.worker)
        #expect(Fixtures.send([.char("a")], to: &s).isEmpty)
        #expect(s.activeForm == nil && s.message?.text.contains("记录议事协商会议及其决定") == true)
    }
}
