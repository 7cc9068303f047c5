/// The dates a record may carry: from the first day of the committee's first year (the year it
/// began keeping its records in this program, `init`), or of 2017 — the year the standard was
/// issued — when no committee year is known (本程序取值: no record can be older than the standard
/// it keeps); to today for anything that has already happened (an expense, a payment, a visit,
/// a reception, a points month). A date outside is a typing mistake ("0000-01-01") or a way
/// round the rules in force: it would be booked in a year no report shows.
public enum RecordDates {
    /// The standard's year: the earliest year of any record (本程序取值).
    public static let standardYear = 2017
    /// 2017-01-01.
    public static let earliest = LocalDate(year: standardYear, month: 1, day: 1)!

    /// The first day a record may carry: January 1 of `firstYear` (the committee's first year),
    /// or of 2017 when it is nil or earlier.
    public static func firstDay(firstYear: Int?) -> LocalDate {
        LocalDate(year: max(standardYear, firstYear ?? standardYear), month: 1, day: 1) ?? earliest
    }

    /// Why `day`, a `label` date, cannot be recorded: before `firstDay(firstYear:)`, or after
    /// `today` when given (nil for a date that may lie ahead, such as a planned shift).
    public static func problem(_ day: LocalDate, label: String, today: LocalDate?, firstYear: Int? = nil) -> InputError? {
        let first = firstDay(firstYear: firstYear)
        if day < first { return InputError(RecordDatesText.tooEarly(label, day, first: first, committee: firstYear != nil)) }
        if let today, day > today { return InputError(RecordDatesText.future(label, day, today: today)) }
        return nil
    }

    /// Why `month`, a `label` month, cannot be recorded: before the first day's month, or after `thisMonth`.
    public static func problem(_ month: Month, label: String, thisMonth: Month, firstYear: Int? = nil) -> InputError? {
        let first = firstDay(firstYear: firstYear)
        if month.lastDay < first { return InputError(RecordDatesText.tooEarly(label, month, first: first, committee: firstYear != nil)) }
        if month > thisMonth { return InputError(RecordDatesText.future(label, month, today: thisMonth)) }
        return nil
    }
}

/// The Chinese sentences of `RecordDates`.
enum RecordDatesText {
    static func tooEarly(_ label: String, _ value: some CustomStringConvertible, first: LocalDate, committee: Bool) -> String {
        let why = committee && first.year > RecordDates.standardYear
            ? "本居委会自 \(first.year) 年起用本程序记账，更早的记录不能补入"
            : "本程序只登记 \(RecordDates.standardYear) 年（百事汇标准发布之年，本程序取值）以来的记录"
        return "\(label) \(value) 早于 \(first.iso)：\(why)"
    }

    static func future(_ label: String, _ value: some CustomStringConvertible, today: some CustomStringConvertible) -> String {
        "\(label) \(value) 晚于今天（\(today)）：只能登记已经发生的事"
    }
}
