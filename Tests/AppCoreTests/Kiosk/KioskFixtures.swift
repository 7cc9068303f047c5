import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// A touch screen with a fixed snapshot: the shipped sample library, published hours, two
/// intake days, free slots, a profile and two notices, on Sunday 2026-11-29 at 10:00.
enum KioskFixtures {
    static let now = Fixtures.now
    static let today = LocalDate(iso: "2026-11-29")!

    static func span(_ text: String) -> TimeSpan { try! TimeSpan.parse(text).get() }

    static let snapshot: KioskSnapshot = {
        let hours = ServiceHours(office: span("08:30-17:00"), evening: span("17:00-20:00"), eveningDays: [.tuesday, .thursday],
                                 weekend: span("09:00-11:00"), weekendDays: [.saturday, .sunday], holiday: span("09:00-11:00"))
        var s = KioskSnapshot(committee: "长寿路第一居委会", readAt: now, today: today, isWorkingDay: false,
                              hoursLine: KioskText.hoursNow(span("09:00-11:00"), kind: "双休日"))
        s.hoursOfWeek = hours.lines
        s.onDuty = ["张明华", "李建国"]
        s.intakeDays = ["2026-12-05 周六 09:00-11:00 老年综合津贴，每 30 分钟 3 人"]
        s.openSlots = (0..<8).map { i in
            KioskSlot(date: today.adding(days: 1 + i / 4), span: span(["09:00-09:30", "09:30-10:00", "10:00-10:30", "10:30-11:00"][i % 4]))
        }
        s.guide = KioskGuide(items: try! PolicyLibraryFile.bundledSample())
        s.profile = KioskProfile(address: "普陀区长寿路 100 号", area: "0.35 平方公里", households: "1900 户",
                                 team: ["王秀兰 书记 6222 0001", "李建国 主任 6222 0002", "陈丽华 社工 6222 0003"])
        s.notices = [KioskNotice(id: 2, title: "冬季用电安全提示", date: today, body: "请勿私拉电线，电动车不要进楼道充电。", until: today.adding(days: 30)),
                     KioskNotice(id: 1, title: "2026 年第三季度经费公开", date: today.adding(days: -3),
                                 body: "党组织服务群众经费支出 3 笔，合计 1,240.00 元；居委会工作经费支出 2 笔。", until: today.adding(days: 27))]
        return s
    }()

    static func state(width: Int = 80, height: Int = 24) -> KioskState {
        var state = KioskState(width: width, height: height, now: now, keymap: KioskKeymap.standard)
        state.snapshot = snapshot
        return state
    }

    /// Draws `state`, checking nothing was cut off.
    static func render(_ state: KioskState) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: state.width, height: state.height)
        KioskView.render(state, into: &buffer)
        #expect(buffer.clipped.isEmpty, "cut off at \(state.width)×\(state.height): \(buffer.clipped)")
        return buffer
    }

    static func text(_ state: KioskState) -> String { render(state).textLines().joined(separator: "\n") }

    /// Presses keys, dropping the effects.
    static func press(_ state: inout KioskState, _ keys: Key...) {
        for key in keys { _ = KioskUpdate.update(&state, .key(key)) }
    }

    /// A tap (press then release) at the middle of the button labelled `label`.
    @discardableResult
    static func tap(_ state: inout KioskState, _ label: String) -> [KioskEffect] {
        guard let button = KioskLayout.of(state).buttons.first(where: { $0.label.hasSuffix(label) }) else {
            Issue.record("no button \(label) on \(state.page)")
            return []
        }
        let x = button.rect.x + button.rect.width / 2, y = button.rect.y + button.rect.height / 2
        let effects = KioskUpdate.update(&state, .mouse(MouseEvent(.press, column: x, row: y)))
        return effects + KioskUpdate.update(&state, .mouse(MouseEvent(.release, column: x, row: y)))
    }
}
