import Testing
import PropertyBased
@testable import Domain

/// Points typed and shown: "10.3" in, "10.3" out, in tenths.
@Suite struct PointsTextTests {
    @Test(arguments: [("10.3", 103), ("10", 100), ("0.2", 2), ("-3.5", -35), ("－３", -30), ("+0.5", 5)])
    func parses(text: String, tenths: Int) {
        #expect(Points.parse(text) == .success(tenths))
    }

    @Test(arguments: [
        ("10.35", "分值最多 1 位小数：“10.35”有 2 位"),
        ("", "请填写分值"),
        ("x", "分值只能用数字填写，不能含有“x”"),
    ])
    func refuses(text: String, message: String) {
        #expect(Points.parse(text) == .failure(InputError(message)))
    }

    @Test(arguments: [(103, "10.3"), (100, "10.0"), (-35, "-3.5"), (-5, "-0.5"), (0, "0.0")])
    func formats(tenths: Int, text: String) {
        #expect(Points.format(tenths) == text)
    }

    @Test func formatThenParseRoundTrips() async {
        await propertyCheck(input: Gen.int(in: -10_000...10_000)) { tenths in
            #expect(Points.parse(Points.format(tenths)) == .success(tenths))
        }
    }
}
