import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// The street program with a fixed server: two people, three requests waiting, three committees'
/// books, on Sunday 2026-11-29 at 10:00 (Shanghai).
enum StreetFixtures {
    static let now = Fixtures.now
    static let people = [StreetLoginName(name: "张振华", roles: ["自治办", "财务", "领导"], lockedUntil: nil),
                         StreetLoginName(name: "刘会计", roles: ["财务"], lockedUntil: nil)]

    static func entry(_ id: Int64, _ committee: String, _ amount: Int64, hoursAgo: Double, requester: String = "陈杰",
                      purpose: String = "重阳节慰问品") -> ReviewEntry {
        let at = now.addingTimeInterval(-hoursAgo * 3600)
        let day = ShanghaiCalendar.day(of: at).iso
        return ReviewEntry(id: id, committee: committee, kind: "支出申请", amount: amount, fund: "party", category: "massActivity",
                           purpose: purpose, project: "重阳节敬老活动", route: ["书记同意", "主任同意"],
                           waitingSince: day + " 09:00", receivedAt: at, requester: requester)
    }

    static let queue = [entry(7, "长寿路第一居委会", 62_000, hoursAgo: 75),
                        entry(9, "长寿路第二居委会", 80_000, hoursAgo: 5, requester: "张振华", purpose: "楼道灯更换"),
                        entry(12, "长寿路第三居委会", 150_050, hoursAgo: 0.5, purpose: "睦邻点桌椅")]

    static let books = [
        CommitteeBooks(committee: "长寿路第二居委会", spent: [.committee: 120_000], entries: 2, lastSync: now.addingTimeInterval(-600)),
        CommitteeBooks(committee: "长寿路第一居委会", spent: [.party: 62_000, .foundation: 30_000], entries: 3,
                       lastSync: now.addingTimeInterval(-86_400)),
        CommitteeBooks(committee: "长寿路第三居委会", spent: [:], entries: 0, lastSync: nil),
    ]

    static let ledger = [
        StreetLedgerLine(date: "2026-03-03", isReversal: false, fund: .party, category: .massActivity, purpose: "重阳节慰问品",
                         amount: 62_000, voucher: "FP-0001"),
        StreetLedgerLine(date: "2026-04-10", isReversal: false, fund: .foundation, category: .relief, purpose: "困难家庭慰问",
                         amount: 30_000, voucher: "FP-0002"),
        StreetLedgerLine(date: "2026-04-12", isReversal: true, fund: .foundation, category: .relief, purpose: "困难家庭慰问",
                         amount: -30_000, voucher: ""),
    ]

    /// The login screen, the people read.
    static func login(width: Int = 80, height: Int = 24) -> StreetState {
        var state = StreetState(width: width, height: height, now: now, keymap: StreetKeymap.standard)
        _ = StreetUpdate.update(&state, .people(street: "长寿路街道", people))
        return state
    }

    /// Logged in as 张振华 with the queue read.
    static func main(width: Int = 80, height: Int = 24) -> StreetState {
        var state = login(width: width, height: height)
        _ = StreetUpdate.update(&state, .loggedIn(name: "张振华", roles: ["自治办", "财务", "领导"]))
        _ = StreetUpdate.update(&state, .queue(queue))
        state.message = nil
        return state
    }

    @discardableResult
    static func press(_ state: inout StreetState, _ keys: Key...) -> [StreetEffect] {
        keys.flatMap { StreetUpdate.update(&state, .key($0)) }
    }

    static func type(_ state: inout StreetState, _ text: String) {
        for c in text { _ = StreetUpdate.update(&state, .key(.char(c))) }
    }

    static func render(_ state: StreetState) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: state.width, height: state.height)
        StreetView.render(state, into: &buffer)
        return buffer
    }

    static func main(_ state: StreetState) -> StreetMain? {
        if case .main(let main) = state.phase { return main }
        return nil
    }
}
