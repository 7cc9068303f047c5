import Domain
import ScreenKit

/// Draws one reception record in full: its content (the phone in full only for the worker who
/// received the resident), the signature, the reply, each correction with what it changed from the
/// original, and the rules' sentences about its points and its reply.
enum ReceptionRecordView {
    private typealias T = ReceptionLogText

    static func render(_ r: ReceptionRecord, user: Person, today: LocalDate, rules: RuleSet?, keys: KeyNamer?,
                       into buffer: inout ScreenBuffer, rect: Rect) {
        buffer.put(T.recordTitle(r), x: rect.x, y: rect.y, maxWidth: rect.width, role: r.isSigned ? .messageOK : .label)
        let footer = self.footer(r, today: today, rules: rules, keys: keys, width: rect.width)
        let bottom = rect.maxY - (keys == nil ? 1 : 0)   // without keys the caller says on the last row how to go back
        let lines = self.lines(r, user: user, width: rect.width)
        for (i, line) in lines.prefix(max(0, bottom - rect.y - 1 - footer.count)).enumerated() {
            buffer.put(line.text, x: rect.x, y: rect.y + 1 + i, maxWidth: rect.width, role: line.role)
        }
        for (i, line) in footer.enumerated() {
            buffer.put(line.text, x: rect.x, y: bottom - footer.count + i, maxWidth: rect.width, role: line.role)
        }
    }

    /// The rules' sentences about the record's points and its reply, then its keys (unless drawn
    /// elsewhere: the points card says how to go back instead), each wrapped whole.
    static func footer(_ r: ReceptionRecord, today: LocalDate, rules: RuleSet?, keys: KeyNamer?,
                       width: Int) -> [PolicyDetailView.Line] {
        guard let rules else { return [] }
        var notes = [ReceptionPoints.evaluate(r, rules: rules)]
        if let due = ReplyDeadline.evaluate(r, today: today, rules: rules) { notes.append(due) }
        var texts = notes.map { ($0.message, $0.isOK ? StyleRole.muted : .messageWarning) }
        if let keys { texts.append((r.isSigned ? T.recordKeysSigned(keys) : T.recordKeysUnsigned(keys), .muted)) }
        return texts.flatMap { text, role in
            TextWrap.lines(text, width: width, rest: "  ").map { PolicyDetailView.Line(text: $0, role: role) }
        }
    }

    /// The card's sentence for the 首问接待 item, with its clause: shown on the form.
    static func pointsRule(_ rules: RuleSet) -> String {
        "\(ReceptionPoints.counted)：\(ReceptionPoints.standard)（\(rules.clause(.reception))）"
    }

    // MARK: - Lines

    static func lines(_ r: ReceptionRecord, user: Person, width: Int) -> [PolicyDetailView.Line] {
        let d = r.content
        let phone = user.id == r.workerID ? d.phone : Phone.masked(d.phone)
        var out: [PolicyDetailView.Line] = []
        func add(_ text: String, _ role: StyleRole = .normal) {
            out += TextWrap.lines(text, width: width, first: "", rest: "    ").map { PolicyDetailView.Line(text: $0, role: role) }
        }
        add("\(T.time)：\(VisitTime.format(d.at))    \(T.room)：\(dash(d.room))")
        add("\(T.resident)：\(d.residentName)    \(T.phone)：\(dash(phone))")
        add("\(T.category)：\(d.category)    \(T.policy)：\(dash(d.policyTitle))")
        add("\(T.question)：\(d.question)")
        add("\(T.action)：\(dash(d.actionTaken))")
        var result = "\(T.outcome)：\(r.status.title)"
        if !d.department.isEmpty { result += "    \(T.department)：\(d.department)" }
        if let due = d.replyDue { result += "    \(T.due)：\(due.iso)" }
        add(result)
        if let s = r.signature { add(T.signed(s), .messageOK) }
        if let reply = r.reply { add(T.replied(reply)) }
        if let rating = r.rating { add(T.rated(rating), rating.level == .dissatisfied ? .messageWarning : .normal) }
        var before = r.original
        for (i, a) in r.amendments.enumerated() {
            add(T.amendment(a, i + 1), .label)
            for change in changes(from: before, to: a.content) { add(change, .muted) }
            before = a.content
        }
        return out
    }

    /// One line per field a correction changed: "原为…，改为…".
    static func changes(from old: ReceptionDraft, to new: ReceptionDraft) -> [String] {
        let pairs: [(String, String, String)] = [
            (T.time, VisitTime.format(old.at), VisitTime.format(new.at)), (T.resident, old.residentName, new.residentName),
            (T.room, old.room, new.room), (T.phone, Phone.masked(old.phone), Phone.masked(new.phone)),
            (T.category, old.category, new.category), (T.policy, old.policyTitle, new.policyTitle),
            (T.question, old.question, new.question), (T.action, old.actionTaken, new.actionTaken),
            (T.outcome, old.outcome.title, new.outcome.title), (T.department, old.department, new.department),
            (T.due, old.replyDue?.iso ?? "", new.replyDue?.iso ?? ""),
        ]
        return pairs.filter { $0.1 != $0.2 }.map { T.changed($0.0, $0.1, $0.2) }
    }

    private static func dash(_ text: String) -> String { text.isEmpty ? "—" : text }
}
