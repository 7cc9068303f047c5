/// A meeting as a person types it — in the form on the 议事 page or a row of `import meetings` —
/// read into a `Meeting`: people separated by 、 (or a comma), decisions by ；, numbered in order.
public enum MeetingInput {
    /// The longest place, topic and field of names (本程序取值), and the most decisions a meeting keeps.
    public static let placeLength = 30
    public static let topicLength = 60
    public static let listLength = 200

    /// The meeting typed, or the first reason it cannot be read.
    public static func parse(kind: String, date: String, place: String, topic: String, attendees: String,
                             outside: String, decisions: String) -> Result<Meeting, InputError> {
        guard let day = LocalDate(iso: date.trimmed) else { return .failure(InputError(MeetingText.badDate(date))) }
        guard let kind = MeetingKind.named(kind) else { return .failure(InputError(MeetingText.badKind(kind))) }
        for (label, text, limit) in [("地点", place, placeLength), ("议题", topic, topicLength), ("参会人员", attendees, listLength),
                                     ("列席单位", outside, listLength), ("决定", decisions, FieldText.importFieldLength)] {
            if let error = FieldText.problem(text.trimmed, label: label, maxLength: limit) { return .failure(error) }
        }
        return .success(Meeting(kind: kind, date: day, place: place.trimmed, topic: topic.trimmed, attendees: names(attendees),
                                outsideParties: names(outside), decisions: Meeting.numbered(parts(decisions, by: "；;"))))
    }

    /// The names in `text`, separated by 、 or a comma.
    public static func names(_ text: String) -> [String] { parts(text, by: "、,，") }

    private static func parts(_ text: String, by separators: String) -> [String] {
        text.split(whereSeparator: { separators.contains($0) }).map { String($0).trimmed }.filter { !$0.isEmpty }
    }
}
