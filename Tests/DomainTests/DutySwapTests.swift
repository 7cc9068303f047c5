import Foundation
import Testing
@testable import Domain

/// Swaps: the worker asks, the colleague accepts, a 书记 or 主任 approves.
@Suite struct DutySwapTests {
    let rules = Fixtures.rules
    let shift = Shift(id: 7, date: Fixtures.day("2026-11-03"), span: Fixtures.span("17:00-20:00"), kind: .weekdayEvening,
                      assignments: [DutyAssignment(id: 1, workerID: 4, workerName: "陈杰")])
    var before: Date { shift.startInstant.addingTimeInterval(-86400) }
    let colleague = Person(id: 6, name: "孙磊", roles: [.worker])

    func swap(_ stage: ShiftSwap.Stage) -> ShiftSwap {
        ShiftSwap(id: 1, shift: shift, fromID: 4, fromName: "陈杰", toID: 6, toName: "孙磊", stage: stage)
    }

    @Test func aSwapNeedsTheColleagueThenAnApprover() {
        #expect(SwapRules.ask(shift, from: 4, to: colleague, now: before, rules: rules) == nil)
        #expect(SwapRules.answer(swap(.asked), by: colleague, rules: rules) == nil)
        #expect(SwapRules.answer(swap(.asked), by: Fixtures.worker, rules: rules)?.message
                == "只有被申请的 孙磊 本人可以同意或拒绝（本程序的做法：原文未规定由谁排班、如何换班）")
        #expect(SwapRules.decide(swap(.asked), by: Fixtures.secretary, now: before, rules: rules)?.message
                == "这项换班现在是“待对方同意”，不能进行这一步（本程序的做法：原文未规定由谁排班、如何换班）")
        #expect(SwapRules.decide(swap(.accepted), by: Fixtures.secretary, now: before, rules: rules) == nil)
        #expect(SwapRules.decide(swap(.accepted), by: Fixtures.director, now: before, rules: rules) == nil)
        #expect(SwapRules.decide(swap(.accepted), by: colleague, now: before, rules: rules)?.message
                == "只有书记或主任可以排班和批准换班（本程序的做法：原文未规定由谁排班、如何换班）")
    }

    @Test func aSwapIsRefusedOnceTheShiftHasBegunOrForSomeoneAlreadyOnIt() {
        #expect(SwapRules.ask(shift, from: 6, to: Fixtures.worker, now: before, rules: rules)?.severity == .refusal)
        #expect(SwapRules.ask(shift, from: 4, to: colleague, now: shift.startInstant, rules: rules)?.rule == .dutySwap)
        #expect(SwapRules.ask(shift, from: 4, to: Person(id: 4, name: "陈杰", roles: [.worker]), now: before, rules: rules) != nil)
        #expect(SwapRules.decide(swap(.accepted), by: Fixtures.secretary, now: shift.startInstant, rules: rules) != nil)
    }

    @Test func onlyApproversFillTheRoster() {
        #expect(SwapRules.fill(by: Fixtures.both, rules: rules) == nil)
        #expect(SwapRules.fill(by: Fixtures.worker, rules: rules)?.severity == .refusal)
    }
}
