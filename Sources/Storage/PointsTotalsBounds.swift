import Domain

/// What a yearly total can be, so that a file with totals no signed card could produce is
/// refused even when its signature holds. The standard gives no ceiling for a month's points
/// (附件三 counts receptions, shifts and the rest without a cap), so these are local settings.
enum PointsTotalsBounds {
    /// The first year a total can belong to: the year of the Putuo standard (本程序取值).
    static let firstYear = 2017
    /// The most a signed month can add, in tenths: 60.0 分 (本程序取值; a busy month of the demo
    /// committee comes to about 15 分).
    static let monthCeiling = 600
    /// The least a signed month can add, in tenths: −15.0 分 (本程序取值: the largest deductions
    /// of 附件三, a complaint −5 and a dispute −10, once each).
    static let monthFloor = -150

    /// One problem per row out of range, numbered as the file's lines (the header is line 1).
    static func problems(_ totals: [PointsYearTotal], thisYear: Int) -> [StaffImport.Problem] {
        totals.enumerated().compactMap { index, total in
            message(total, thisYear: thisYear).map { StaffImport.Problem(line: index + 2, message: $0) }
        }
    }

    private static func message(_ total: PointsYearTotal, thisYear: Int) -> String? {
        if !(firstYear...thisYear).contains(total.year) {
            return PointsMessages.totalsYearOutOfRange(total.year, firstYear, thisYear)
        }
        if !(1...12).contains(total.months) { return PointsMessages.totalsMonthsOutOfRange(total.months) }
        let range = (total.months * monthFloor)...(total.months * monthCeiling)
        if !range.contains(total.total) {
            return PointsMessages.totalsOutOfRange(total.total, months: total.months, range: range,
                                                   floor: monthFloor, ceiling: monthCeiling)
        }
        return nil
    }
}
