/// The kinds of meeting the standard names: the "三会" (听证会, 协调会, 评议会, 实施意见 二(五)),
/// the 联席会议, the committee's own 班子会议, the 党员会议 and 居民代表会议 where the year's plan is
/// reported (附件一 三(二)), and the 例会 of 附件二 四(一).
public enum MeetingKind: String, Sendable, CaseIterable, Codable, Hashable {
    case hearing, coordination, appraisal, joint, committeeBoard, partyMembers, residentRepresentatives, routine

    /// The name as the standard writes it, and as a file or a screen gives it.
    public var title: String {
        switch self {
        case .hearing: return "听证会"
        case .coordination: return "协调会"
        case .appraisal: return "评议会"
        case .joint: return "联席会议"
        case .committeeBoard: return "居委会班子会议"
        case .partyMembers: return "党员会议"
        case .residentRepresentatives: return "居民代表会议"
        case .routine: return "例会"
        }
    }

    /// The kind named `text` ("班子会议" is accepted for 居委会班子会议), or nil.
    public static func named(_ text: String) -> MeetingKind? {
        let name = text.trimmed
        if name == "班子会议" { return .committeeBoard }
        return allCases.first { $0.title == name }
    }
}

/// One numbered decision of a meeting (决定第 N 项).
public struct MeetingDecision: Sendable, Equatable, Codable, Hashable {
    /// 1, 2, … in the meeting's order.
    public var number: Int
    public var text: String

    public init(number: Int, text: String) {
        self.number = number
        self.text = text
    }
}

/// A meeting of 议事协商 (实施意见 二(五)) and its minutes: when, where, on what, who came (people of
/// the committee, and outside parties as text: 业委会, 物业公司, 驻区单位 …) and what was decided.
public struct Meeting: Sendable, Equatable, Identifiable {
    /// 0 until stored; the number its minutes and citations show ("第 12 号").
    public var id: Int64
    public var kind: MeetingKind
    public var date: LocalDate
    public var place: String
    public var topic: String
    /// The committee's people who attended, by name as the people screen has them.
    public var attendees: [String]
    /// Parties from outside the committee, as typed.
    public var outsideParties: [String]
    public var decisions: [MeetingDecision]

    public init(id: Int64 = 0, kind: MeetingKind, date: LocalDate, place: String, topic: String, attendees: [String],
                outsideParties: [String] = [], decisions: [MeetingDecision]) {
        self.id = id
        self.kind = kind
        self.date = date
        self.place = place
        self.topic = topic
        self.attendees = attendees
        self.outsideParties = outsideParties
        self.decisions = decisions
    }

    /// Decisions numbered 1, 2, … from their texts in order.
    public static func numbered(_ texts: [String]) -> [MeetingDecision] {
        texts.enumerated().map { MeetingDecision(number: $0.offset + 1, text: $0.element) }
    }

    /// The citation of decision `number`, or nil when the meeting has none of that number.
    public func citation(of number: Int) -> DecisionCitation? {
        decisions.first { $0.number == number }.map {
            DecisionCitation(meetingID: id, number: $0.number, kind: kind, date: date, text: $0.text)
        }
    }
}

/// A decision as another record cites it: the meeting's number, the decision's, and what the
/// meeting was, kept with the citing record so a signed card still says what it rests on.
public struct DecisionCitation: Sendable, Equatable, Codable, Hashable {
    public var meetingID: Int64
    public var number: Int
    public var kind: MeetingKind
    public var date: LocalDate
    public var text: String

    public init(meetingID: Int64, number: Int, kind: MeetingKind, date: LocalDate, text: String) {
        self.meetingID = meetingID
        self.number = number
        self.kind = kind
        self.date = date
        self.text = text
    }

    /// "#12-2": how a person types the citation and how screens show it.
    public var code: String { MeetingText.code(meetingID, number) }

    /// "#12-2 2026-11-20 居委会班子会议决定"; the text a card shows for the line's basis.
    public var label: String { "\(code) \(date.iso) \(kind.title)决定" }

    /// The meeting and decision numbers typed as "#12-2" (spaces around allowed), or nil for other text.
    public static func reference(in text: String) -> (meeting: Int64, number: Int)? {
        let typed = text.trimmed
        guard typed.hasPrefix("#") || typed.hasPrefix("＃") else { return nil }
        let parts = typed.dropFirst().split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let meeting = Int64(parts[0]), let number = Int(parts[1]), meeting > 0, number > 0 else { return nil }
        return (meeting, number)
    }
}
