/// The kind of an off-hours shift (错时值班): a weekday evening, a weekend day, or a public
/// holiday. The kind of a day comes from the holiday calendar, where a make-up working day (班)
/// on a weekend is a working day.
public enum ShiftKind: String, Sendable, CaseIterable, Codable, Hashable {
    case weekdayEvening = "工作日晚间"
    case weekend = "双休日"
    case holiday = "节假日"

    /// "工作日晚间", "双休日", "节假日", as on the roster and in files.
    public var title: String { rawValue }

    /// One character for the month grid: 晚, 双, 节.
    public var short: String {
        switch self {
        case .weekdayEvening: return "晚"
        case .weekend: return "双"
        case .holiday: return "节"
        }
    }

    /// The kind of shift that `date` takes: a holiday (休) is 节假日, a weekend that is not a
    /// make-up working day is 双休日, and every working day (a make-up day included) is 工作日晚间.
    public static func of(_ date: LocalDate, calendar: WorkingDayCalendar) -> ShiftKind {
        switch calendar.kind(of: date) {
        case .holiday: return .holiday
        case .weekend: return .weekend
        case .working, .makeUpWorkday: return .weekdayEvening
        }
    }

    /// The kind named `text` ("双休日"), or a Chinese reason it is unknown.
    public static func parse(_ text: String) -> Result<ShiftKind, InputError> {
        let word = text.trimmingCharacters(in: .whitespaces)
        guard let kind = ShiftKind(rawValue: word) else {
            return .failure(InputError("班次类型“\(FieldText.echo(word))”无效：只能是 工作日晚间、双休日、节假日"))
        }
        return .success(kind)
    }
}
