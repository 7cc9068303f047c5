import Foundation
import Testing
@testable import Domain

/// Households and visit records: phones masked, times in Shanghai, rooms completed, stale households.
@Suite struct HouseholdTests {
    let rules = Fixtures.rules

    // MARK: - Phone

    @Test(arguments: [("13812341234", "138****1234"), ("02162541234", "021****1234"), ("6254123", "*****23"), ("", ""),
                      ("021-6254 1234", "021****1234"), ("+86 138 1234 1234", "138****1234")])
    func phonesAreMasked(phone: String, masked: String) {
        #expect(Phone.masked(phone) == masked)
    }

    @Test func phonesAreChecked() {
        #expect(Phone.validate("138-1234 1234") == .success("138-1234 1234"), "kept as typed")
        #expect(Phone.validate(" 021-62345678 ") == .success("021-62345678"), "only trimmed")
        #expect(Phone.validate("+86 138 1234 1234") == .success("+86 138 1234 1234"))
        #expect(Phone.validate("- ") == .success(""), "no digits is no number")
        #expect(Phone.validate("+1 212 555 0100").isFailure, "only +86 may lead")
        #expect(Phone.validate("138+1234 1234").isFailure)
        #expect(Phone.validate("+86 021-6234").isFailure, "the digit count rule is unchanged")
        #expect(Phone.validate("") == .success(""))
        #expect(Phone.validate("12345") == .failure(InputError("联系电话应为 11 位手机号（1 开头）或 8 位上海固定电话（可加区号 021），现有 5 位数字（本程序取值）")))
        #expect((try? Phone.validate("１３８１２３４１２３４").get()) == nil, "full-width digits are refused")
    }

    @Test("comparisons use the digits, whatever was typed around them")
    func phonesCompareByDigits() {
        #expect(Phone.digits("021-6234 5678") == "02162345678")
        #expect(Phone.digits("+86 138-1234-1234") == "13812341234")
        #expect(Phone.same("+86 13812341234", "138 1234 1234"))
        #expect(!Phone.same("02162345678", "02162345679"))
    }

    // MARK: - Time

    @Test func visitTimesAreReadInShanghai() throws {
        let now = Date(timeIntervalSince1970: 1_795_917_600)   // 2026-11-29 10:00 Shanghai
        let at = try VisitTime.parse("2026-11-29 09:30", now: now).get()
        #expect(at == now.addingTimeInterval(-30 * 60))
        #expect(VisitTime.format(at) == "2026-11-29 09:30")
        #expect(VisitTime.short(at) == "11-29 09:30")
        #expect(VisitTime.parse("2026-11-29 25:00", now: now) == .failure(InputError("走访时间应写作 YYYY-MM-DD HH:MM，如 2026-11-29 09:30")))
        guard case .failure(let late) = VisitTime.parse("2026-11-29 11:00", now: now) else {
            Issue.record("a time in the future was accepted")
            return
        }
        #expect(late.message == "走访时间 2026-11-29 11:00 晚于现在 2026-11-29 10:00：只能登记已经完成的走访")
    }

    @Test func kindsAndTagsComeFromTheirLists() {
        #expect(VisitKind.parse("") == .success(.general))
        #expect(VisitKind.parse("条线走访") == .success(.line))
        #expect(VisitKind.parse("串门") == .failure(InputError("走访类型“串门”不认识：应为 一般走访、特殊对象走访、条线走访 之一")))
        #expect(HouseholdTags.parse("残疾人、独居老人", rules: rules) == .success(["独居老人", "残疾人"]))
        #expect((try? HouseholdTags.parse("孤老", rules: rules).get()) == nil)
    }

    // MARK: - Completion

    @Test func roomsCompleteFromTheRegistry() {
        let registry = [Household(id: 1, room: "12号楼301室"), Household(id: 2, room: "12号楼302室"),
                        Household(id: 3, room: "2号楼1201室")]
        #expect(RoomNumber.candidates("12", in: registry).map(\.id) == [1, 2, 3])
        #expect(RoomNumber.complete("12号楼30", in: registry) == nil, "two rooms match")
        #expect(RoomNumber.complete("302", in: registry)?.id == 2)
        #expect(RoomNumber.complete("12号楼301室", in: registry)?.id == 1)
        #expect(RoomNumber.complete("9号楼", in: registry) == nil)
    }

    // MARK: - Not visited for six months

    @Test func householdsNotVisitedForSixMonthsAreListed() {
        let today = Fixtures.day("2026-11-29")
        #expect(StaleHouseholds.cutoff(today: today, rules: rules) == Fixtures.day("2026-05-29"))
        let households = [Household(id: 1, room: "1-101"), Household(id: 2, room: "1-102"), Household(id: 3, room: "1-103")]
        let last = [1: Fixtures.day("2026-05-28"), 2: Fixtures.day("2026-05-29")]
        let stale = StaleHouseholds.find(households, lastVisits: last.reduce(into: [:]) { $0[Int64($1.key)] = $1.value },
                                         today: today, rules: rules)
        #expect(stale.map(\.household.id) == [3, 1])
        #expect(stale[1].verdict.message == "1-101 上次走访 2026-05-28，已 185 天，超过 6 个月未走访（本程序取值，可在规则文件中修改）")
        #expect(StaleHouseholds.cutoff(today: Fixtures.day("2026-08-31"), rules: rules) == Fixtures.day("2026-02-28"))
    }
}
