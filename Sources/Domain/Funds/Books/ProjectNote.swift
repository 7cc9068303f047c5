/// A dated entry on how a project is going or what it achieved (附件一 四(一): during a project
/// the committee reports its progress; once it is done it discloses the money and the actual
/// results). Entries are appended by a logged-in person and never changed: a later entry
/// corrects or completes an earlier one.
public struct ProjectNote: Sendable, Equatable, Identifiable {
    /// Whether the entry reports progress (进展) or a result (成效).
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        case progress, result

        /// "进展" or "成效".
        public var title: String { self == .progress ? "进展" : "成效" }
    }

    public var id: Int64
    public var fund: FundKind
    /// The project as the plan line or the expenses name it.
    public var project: String
    public var kind: Kind
    public var text: String
    public var date: LocalDate
    /// The person who recorded it (shown inside, left out of the public report).
    public var recordedBy: String

    public init(id: Int64 = 0, fund: FundKind, project: String, kind: Kind, text: String, date: LocalDate,
                recordedBy: String = "") {
        self.id = id
        self.fund = fund
        self.project = project
        self.kind = kind
        self.text = text
        self.date = date
        self.recordedBy = recordedBy
    }

    /// "2026-10-12 进展：场地已预订".
    public var summary: String { "\(date) \(kind.title)：\(text)" }
}

/// The rule on a progress or results entry (附件一 四(一)): it names a project of the year's
/// books (a current plan line or the project of an expense), says something, and is dated in the
/// year and not after today.
public enum ProjectNoteRule {
    public static func check(_ note: ProjectNote, book: FundsBook, today: LocalDate, rules: RuleSet) -> Verdict {
        let project = note.project.trimmed
        if note.text.trimmed.isEmpty {
            return Verdict(.disclosure, in: rules, .refusal, "项目\(note.kind.title)须写明内容")
        }
        if note.date.year != book.year || note.date > today {
            return Verdict(.disclosure, in: rules, .refusal,
                           "\(note.kind.title)日期 \(note.date) 须在 \(book.year) 年度内且不晚于今天（\(today)）")
        }
        guard book.projects(of: note.fund).contains(project) else {
            return Verdict(.disclosure, in: rules, .refusal,
                           "“\(project)”不是\(note.fund.title)本年度计划或支出中的项目：请先列入计划或提交支出申请")
        }
        return Verdict(.disclosure, in: rules, .ok,
                       "已记录“\(project)”的\(note.kind.title)，将列入居务公开的项目进展和成效")
    }
}

extension FundsBook {
    /// The projects of `fund` this year: current plan lines first, then the projects of expenses.
    public func projects(of fund: FundKind) -> [String] {
        var names = plan.current.filter { $0.fund == fund && $0.amount > 0 }.map(\.project)
        for r in records where r.expense.fund == fund && !r.project.isEmpty && !names.contains(r.project) {
            names.append(r.project)
        }
        return names
    }

    /// The progress and results entries of one project, oldest first.
    public func notes(fund: FundKind, project: String) -> [ProjectNote] {
        notes.filter { $0.fund == fund && $0.project == project }
    }
}
