import AppCore
import Domain
import Foundation
import ScreenKit
import Testing

/// Golden screens of the street program at 80×24.
@Suite struct StreetGoldenTests {
    typealias F = StreetFixtures

    static let screens: [(String, @Sendable () -> StreetState)] = [
        ("login", { F.login() }),
        ("login-pin", { var s = F.login(); F.press(&s, .enter); F.type(&s, "13"); return s }),
        ("review", { F.main() }),
        ("review-own-request", { var s = F.main(); F.press(&s, .down); return s }),
        ("review-empty", { var s = F.main(); _ = StreetUpdate.update(&s, .queue([])); return s }),
        ("review-pass-form", { var s = F.main(); F.press(&s, .char("p")); F.type(&s, "普街审〔2026〕17号"); return s }),
        ("review-pass-confirm", { var s = F.main(); F.press(&s, .char("p")); F.type(&s, "普街审〔2026〕17号"); F.press(&s, .enter); return s }),
        ("review-return-confirm", { var s = F.main(); F.press(&s, .char("r")); F.type(&s, "缺少报价单"); F.press(&s, .enter); return s }),
        ("books", { var s = F.main(); F.press(&s, .char("2")); _ = StreetUpdate.update(&s, .books(F.books)); return s }),
        ("ledger", { var s = F.main(); F.press(&s, .char("2")); _ = StreetUpdate.update(&s, .books(F.books))
                     F.press(&s, .enter); _ = StreetUpdate.update(&s, .ledger(committee: "长寿路第一居委会", F.ledger)); return s }),
        ("help", { var s = F.main(); F.press(&s, .char("?")); return s }),
        ("too-small", { F.main(width: 60, height: 20) }),
        ("lock", { var s = F.main(); _ = StreetUpdate.update(&s, .key(.down)); _ = StreetUpdate.update(&s, .tick(F.now.addingTimeInterval(400))); return s }),
    ]

    @Test func everyScreen() {
        for (name, make) in Self.screens {
            Golden.assert(F.render(make()), named: "street-\(name)")
        }
    }

    @Test("the 审核 table names committee, fund, category, purpose, amount and the wait; the detail the plan line and approvers")
    func reviewSays() {
        let text = F.render(F.main()).dump()
        for part in ["长寿路第一居委会", "党组织经费", "¥620.00", "3 天 3 小时", "计划项目：重阳节敬老活动", "本会审批：书记同意、主任同意"] {
            #expect(text.contains(part), "missing \(part)")
        }
    }

    @Test("the 专账 tab says budgets are not held rather than showing zeros")
    func booksSayWhatIsMissing() {
        var s = F.main()
        F.press(&s, .char("2"))
        _ = StreetUpdate.update(&s, .books(F.books))
        let text = F.render(s).dump()
        #expect(text.contains("预算、计划尚未上报街道") && !text.contains("预算 ¥0.00") && text.contains("未同步"))
    }
}
