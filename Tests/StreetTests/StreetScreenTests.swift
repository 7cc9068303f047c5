import AppCore
import Domain
import Foundation
import PinHashing
import PostgresNIO
import ScreenKit
import Testing
@testable import AppRuntime
@testable import StreetStorage

/// The street program against a real server: its effects, its screen, the committee's sync.
@Suite struct StreetScreenTests {
    /// The program's effects on `street`'s server, with the tests' fast PIN hasher.
    static func effects(_ street: StreetFixture) -> StreetScreenEffects {
        StreetScreenEffects(address: street.admin, office: { StreetOffice(session: $0, hasher: .insecureFastForTests) })
    }

    /// Runs `effects` through `update` as the loop does, until nothing is left. The effects block
    /// their thread as the program's run loop does, so they run on a thread of their own, never on
    /// the test's (a blocked thread of the concurrency pool would starve the calls they wait for).
    static func drive(_ state: inout StreetState, _ runner: StreetScreenEffects, _ effects: [StreetEffect]) async {
        let box = StateBox(state)
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            Thread.detachNewThread {
                var pending = effects
                while !pending.isEmpty {
                    guard let action = runner.run(pending.removeFirst()) else { break }
                    pending += StreetUpdate.update(&box.state, action)
                }
                done.resume()
            }
        }
        state = box.state
    }

    static func keys(_ state: inout StreetState, _ runner: StreetScreenEffects, _ keys: [Key]) async {
        for key in keys { await drive(&state, runner, StreetUpdate.update(&state, .key(key))) }
    }

    /// The state handed to the effects' thread and back.
    final class StateBox: @unchecked Sendable {
        var state: StreetState
        init(_ state: StreetState) { self.state = state }
    }

    static func screen(_ state: StreetState) -> String {
        var buffer = ScreenBuffer(width: 80, height: 24)
        StreetView.render(state, into: &buffer)
        return buffer.dump()
    }

    @Test("a committee requests 620, the 审核 tab shows it, the street passes it on screen, the committee's sync shows it")
    func reviewOnScreen() async throws {
        let street = try await StreetFixture()
        let a = try await street.connected("长寿路第一居委会")
        let big = try a.request(62_000, purpose: "重阳节慰问品")
        try a.request(48_000, purpose: "茶话会点心")
        try await a.sync()

        let runner = Self.effects(street)
        var state = StreetState(width: 80, height: 24, now: Date(), keymap: StreetKeymap.standard)
        await Self.drive(&state, runner, [.loadPeople])
        await Self.keys(&state, runner, [.enter] + "1357".map { Key.char($0) } + [.enter])
        #expect(state.user == StreetFixture.person, "\(state.phase) \(String(describing: state.message))")
        let shown = Self.screen(state)
        #expect(shown.contains("¥620.00") && shown.contains("重阳节慰问品") && !shown.contains("¥480.00"))
        #expect(shown.contains("申请人：陈杰") && shown.contains("长寿路街道"))

        let id = try await street.withOffice { try await $0.reviewQueue()[0].id }
        await Self.keys(&state, runner, [.char("p")] + "普街审〔2026〕17号".map { Key.char($0) } + [.enter, .char("y")])
        #expect(state.message?.text == StreetScreenText.passed(id))
        #expect(Self.screen(state).contains("没有待审核的支出"))
        let report = try await a.sync()
        #expect(report.outcomes == ["第 \(big.id) 笔支出：街道已审核、审批（普街审〔2026〕17号）"])
        #expect(try a.record(big.id)?.review?.reviewer == StreetFixture.person)
        await Self.drive(&state, runner, [.quit])
    }

    @Test("a street reviewer may not pass a request they made themselves (the same name); the screen says why")
    func ownRequest() async throws {
        let street = try await StreetFixture()
        let a = try await street.connected("甲居委会")
        try a.request(62_000)
        try await a.sync()
        let hash = try PinHasher.insecureFastForTests.hash("2468")
        try await street.withOffice { office in
            try await office.session.rows("INSERT INTO street.person (name, roles, pin_hash) VALUES ('陈杰', '{自治办}', \(hash))")
        }
        let runner = Self.effects(street)
        var state = StreetState(width: 80, height: 24, now: Date(), keymap: StreetKeymap.standard)
        await Self.drive(&state, runner, [.loadPeople])
        await Self.keys(&state, runner, [.down, .enter] + "2468".map { Key.char($0) } + [.enter])
        #expect(state.user == "陈杰")
        #expect(Self.screen(state).contains("您本人申请"), "\(Self.screen(state))")
        await Self.keys(&state, runner, [.char("p")] + "普街审〔2026〕18号".map { Key.char($0) } + [.enter, .char("y")])
        #expect(state.message?.kind == .error && state.message?.text.contains("不能审核通过自己的申请") == true)
        #expect(try await street.withOffice { try await $0.reviewQueue() }.count == 1)
        await Self.keys(&state, runner, [.char("r")] + "请另找人申请".map { Key.char($0) } + [.enter, .char("y")])   // a return is allowed
        #expect(try await street.withOffice { try await $0.reviewQueue() }.isEmpty)
        await Self.drive(&state, runner, [.quit])
    }

    @Test("the 专账 line of a committee moves when it pays and syncs; its ledger and the report show the payment")
    func booksMove() async throws {
        let street = try await StreetFixture()
        let a = try await street.connected("长寿路第一居委会")
        _ = try await street.connected("长寿路第二居委会")
        let small = try a.request(48_000, purpose: "茶话会点心")
        try a.approveLocally(small.id)
        try await a.sync()
        let before = try await street.withOffice { try await $0.books(year: 2024) }
        #expect(before.map(\.committee) == ["长寿路第一居委会", "长寿路第二居委会"] && before.allSatisfy { $0.total == 0 })
        #expect(before[1].lastSync == nil && before[0].lastSync != nil)
        try a.pay(small.id)
        try await a.sync()
        let after = try await street.withOffice { try await $0.books(year: 2024) }
        #expect(after[0].spent == [.party: 48_000] && after[0].entries == 1)
        #expect(try await street.withOffice { try await $0.books(year: 2025) }[0].total == 0)
        let ledger = try await street.withOffice { try await $0.ledger(of: "长寿路第一居委会", year: 2024) }
        #expect(ledger == [StreetLedgerLine(date: "2024-03-03", isReversal: false, fund: .party, category: .massActivity,
                                            purpose: "茶话会点心", amount: 48_000, voucher: "FP-0001")])
        let row = StreetBooksReport.booksRow(after[0])
        #expect(Array(row.prefix(6)) == ["长寿路第一居委会", "0.00", "480.00", "0.00", "480.00", "1"])
    }
}
