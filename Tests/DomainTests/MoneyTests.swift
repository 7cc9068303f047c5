import Testing
import PropertyBased
@testable import Domain

/// The money parser and formatter: every accepted form, every refusal with its reason.
@Suite struct MoneyTests {
    // MARK: - Accepted

    @Test(arguments: [
        ("500", 50_000), ("500.0", 50_000), ("500.00", 50_000), ("¥500", 50_000), ("500元", 50_000),
        ("1,200.50", 120_050), ("５００", 50_000), ("￥１，２００．５", 120_050), (" 0.01 ", 1),
        ("¥ 499.99 元", 49_999), ("10000000", 1_000_000_000), ("1,234,567.8", 123_456_780), (".5", 50),
    ] as [(String, Int64)])
    func accepts(text: String, fen: Int64) {
        #expect(Money.parse(text) == .success(fen))
    }

    // MARK: - Refused, with the reason

    @Test(arguments: [
        ("", "请填写金额"),
        ("   ", "请填写金额"),
        ("-5", "金额不能为负数：“-5”"),
        ("1.234", "金额最多 2 位小数（到分）：“1.234”有 3 位"),
        ("abc", "金额只能用数字填写，不能含有“a”"),
        ("12a", "金额只能用数字填写，不能含有“a”"),
        ("1e3", "金额不接受科学计数法“1e3”，请直接写出数字"),
        ("10000000.01", "金额不能超过 10,000,000.00 元：“10000000.01”"),
        ("99999999999999999999", "金额太大：“99999999999999999999”"),
        ("1.2.3", "金额只能有一个小数点：“1.2.3”"),
        ("12,00", "千位分隔符的位置不对：“12,00”（应为 1,200 这样每三位一个逗号）"),
        ("0", "金额须大于 0"),
        ("¥", "金额中没有数字：“¥”"),
        ("5 00", "金额中间不能有空格：“5 00”"),
        ("五百", "金额只能用数字填写，不能含有“五”"),
    ])
    func refuses(text: String, message: String) {
        #expect(Money.parse(text) == .failure(InputError(message)))
    }

    @Test func zeroIsAcceptedWhenAsked() {
        #expect(Money.parse("0.00", allowZero: true) == .success(0))
    }

    // MARK: - The range, once

    @Test(arguments: [
        (-1, false, false), (0, false, true), (1, true, true), (Money.maxFen, true, true), (Money.maxFen + 1, false, false),
    ] as [(Int64, Bool, Bool)])
    func theRangeRule(fen: Int64, accepted: Bool, acceptedWithZero: Bool) {
        #expect(Money.accepts(fen) == accepted)
        #expect(Money.accepts(fen, allowZero: true) == acceptedWithZero)
    }

    @Test func theRangeMessageNamesTheLimit() {
        #expect(Money.outOfRange == "金额须大于 0 且不超过 10,000,000.00 元")
    }

    @Test func parsingAsksTheSameRule() async {
        await propertyCheck(input: Gen.int64(in: -5...(Money.maxFen + 5))) { fen in
            let parsed = try? Money.parse(Money.yuan(fen)).get()
            #expect((parsed != nil) == Money.accepts(fen))
        }
    }

    // MARK: - Formatting

    @Test(arguments: [(120_050, "¥1,200.50"), (50_000, "¥500.00"), (1, "¥0.01"), (0, "¥0.00"),
                      (1_000_000_000, "¥10,000,000.00"), (-150, "-¥1.50")] as [(Int64, String)])
    func formats(fen: Int64, text: String) {
        #expect(Money.format(fen) == text)
    }

    @Test func yuanInASentenceHasNoSign() {
        #expect(Money.yuan(62_000) == "620.00")
    }

    // MARK: - Laws

    @Test func formattingThenParsingGivesTheAmountBack() async {
        await propertyCheck(input: Gen.int64(in: 1...Money.maxFen)) { fen in
            #expect(Money.parse(Money.format(fen)) == .success(fen))
            #expect(Money.parse(Money.yuan(fen) + "元") == .success(fen))
        }
    }
}
