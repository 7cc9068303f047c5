import Domain
import Foundation

/// A household's history on its page: its visits and the reception records that name its room,
/// in one list, newest first, so a worker sees what the resident asked at the desk beside what
/// was heard at the door (issue 5: 走访记录、写明其楼室号的首问接待记录，新的在前).
enum HouseholdTimeline {
    /// One row of the page.
    enum Entry: Equatable {
        case visit(VisitRecord)
        case reception(ReceptionRecord)

        /// When it happened: the visit's time, or the consultation's as now recorded.
        var at: Date {
            switch self {
            case .visit(let v): return v.at
            case .reception(let r): return r.content.at
            }
        }

        /// The cells: time, worker, type, reason or question, difficulty or what was done.
        var row: [String] {
            switch self {
            case .visit(let v):
                return [VisitTime.format(v.at), v.workerName, v.kind.title,
                        (v.correction == nil ? "" : VisitsText.correctedMark) + v.reason, v.difficulty]
            case .reception(let r):
                let c = r.content
                return [VisitTime.format(c.at), r.workerName, VisitsText.receptionKind(r), c.question,
                        c.actionTaken.isEmpty ? c.category : c.actionTaken]
            }
        }
    }

    /// The visits and records merged, newest first (a visit before a record of the same minute).
    static func entries(_ visits: [VisitRecord], _ receptions: [ReceptionRecord]) -> [Entry] {
        let all = visits.map(Entry.visit) + receptions.map(Entry.reception)
        return all.enumerated().sorted { a, b in
            a.element.at != b.element.at ? a.element.at > b.element.at : a.offset < b.offset
        }.map(\.element)
    }
}
