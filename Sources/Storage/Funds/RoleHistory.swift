import Domain
import Foundation
import GRDB

/// Who held which roles on a day (附件一 三(二)、三(三): an approval counts, a street review is entered
/// and a payment recorded only by someone holding the role on that day). Read back from the audit
/// log's role changes (`person.roles`, "from" and "to"): on a day before a change a person held what
/// the change replaced; after the last change, what they hold now. A person's roles before the log
/// began are taken to be those of their first recorded change's "from", or their roles now.
struct RoleHistory {
    /// Each person's role changes, oldest first: the Shanghai day of the change and the roles before it.
    private var changes: [Int64: [(day: LocalDate, before: Set<Role>)]] = [:]
    private var people: [Int64: Person] = [:]

    /// Every person and every role change.
    static func read(in db: Database) throws -> RoleHistory {
        var history = RoleHistory()
        for person in try PersonTable.fetchAll(includeInactive: true, in: db) { history.people[person.id] = person }
        let rows = try Row.fetchCursor(db, sql: """
            SELECT entity_id, at, detail FROM audit_log WHERE action = 'person.roles' AND entity_id IS NOT NULL ORDER BY id
            """)
        while let row = try rows.next() {
            let text: String = row[2]
            guard let at: Date = row[1],
                  let detail = try? JSONDecoder().decode([String: String].self, from: Data(text.utf8)),
                  let before = try? Role.parseList(detail["from"] ?? "").get() else { continue }
            history.changes[row[0], default: []].append((ShanghaiCalendar.day(of: at), before))
        }
        return history
    }

    /// The roles `id` held on `day`: those a later change replaced, else those held now.
    func roles(of id: Int64, on day: LocalDate) -> Set<Role> {
        if let change = changes[id]?.first(where: { $0.day > day }) { return change.before }
        return people[id]?.roles ?? []
    }

    /// `person` as they stood on `day`: their roles then, and active (they acted that day).
    func person(_ person: Person, on day: LocalDate) -> Person {
        var then = people[person.id] ?? person
        then.roles = roles(of: person.id, on: day)
        then.isActive = true
        return then
    }

    /// The person with `id` as they stood on `day`, when there is one.
    func person(_ id: Int64, on day: LocalDate) -> Person? {
        people[id].map { person($0, on: day) }
    }

    /// `record` with each person in it as they stood on the day they acted: the approvers on their
    /// decisions' dates, the review's recorder on its date, the verbal approver on the approval's date.
    func asOnTheDay(_ record: ExpenseRecord) -> ExpenseRecord {
        var r = record
        for i in r.decisions.indices { r.decisions[i].person = person(r.decisions[i].person, on: r.decisions[i].date) }
        if let recorder = r.review?.recordedBy, let date = r.review?.date { r.review?.recordedBy = person(recorder, on: date) }
        if let approval = r.review?.approval, let recorder = approval.recordedBy {
            r.review?.approval?.recordedBy = person(recorder, on: approval.date)
        }
        if let approver = r.verbalApproval?.person, let date = r.verbalApproval?.date {
            r.verbalApproval?.person = person(approver, on: date)
        }
        if let batchReview = r.batch?.review, let recorder = batchReview.recordedBy {
            r.batch?.review?.recordedBy = person(recorder, on: batchReview.date)
        }
        if let batchApproval = r.batch?.review?.approval, let recorder = batchApproval.recordedBy {
            r.batch?.review?.approval?.recordedBy = person(recorder, on: batchApproval.date)
        }
        if let batch = r.batch {
            r.batch?.approvals = batch.approvals.map { Approval(person: person($0.person, on: $0.date), role: $0.role, date: $0.date) }
        }
        return r
    }
}
