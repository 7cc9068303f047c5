import Domain
import ScreenKit

/// The pages that are text to read (社区概况, 社区动态, a policy item, and the text above the
/// buttons of 社区信息), wrapped to the body's width; the body scrolls through them.
enum KioskTextPages {
    typealias Line = (text: String, role: StyleRole)

    static func lines(_ state: KioskState, width: Int) -> [Line] {
        guard let snapshot = state.snapshot else { return [] }
        let raw: [Line]
        switch state.page {
        case .profile: raw = profile(snapshot.profile)
        case .notices: raw = notices(snapshot.notices, disclosure: snapshot.disclosure, width: width)
        case .item(let title): raw = snapshot.guide.items.first { $0.title == title }.map(item) ?? []
        case .info: raw = info(snapshot)
        default: raw = []
        }
        return raw.flatMap { line in
            TextWrap.lines(line.text, width: max(1, width), rest: line.role == .normal ? "  " : "").map { ($0, line.role) }
        }
    }

    static func profile(_ p: KioskProfile) -> [Line] {
        guard !p.isEmpty else { return [(KioskText.noProfile, .normal)] }
        var out: [Line] = [(KioskText.address + "：" + p.address, .normal), (KioskText.area + "：" + p.area, .normal),
                           (KioskText.households + "：" + p.households, .normal), ("", .normal), (KioskText.team, .label)]
        out += p.team.map { ($0, .normal) }
        return out
    }

    /// The notices newest first, with the public funds disclosure in its place by its date.
    static func notices(_ all: [KioskNotice], disclosure: KioskDisclosure?, width: Int) -> [Line] {
        guard !all.isEmpty || disclosure != nil else { return [(KioskText.noNotices, .normal)] }
        let newer = all.filter { n in disclosure.map { n.date >= $0.date } ?? true }
        let older = all.dropFirst(newer.count)
        return newer.flatMap(notice) + (disclosure.map { self.disclosure($0, width: width) } ?? []) + older.flatMap(notice)
    }

    static func notice(_ n: KioskNotice) -> [Line] {
        [(n.title, .label), (KioskText.noticeDates(n), .listHeader), (n.body, .normal), ("", .normal)]
    }

    /// The public report's page as the funds tab and `report funds --public` lay it out, at most 80 columns.
    static func disclosure(_ d: KioskDisclosure, width: Int) -> [Line] {
        let body = FundsReportPage.body(d.report, clause: d.officeClause, columns: min(width, FundsReportPage.width))
        return [(KioskText.disclosureTitle(d), .label), (KioskText.disclosureDates(d), .listHeader)]
            + body.map { ($0, .normal) } + [("", .normal)]
    }

    static func item(_ i: KioskGuide.Item) -> [Line] {
        var out: [Line] = [(i.title, .title), (KioskText.conditions, .label), (i.eligibility, .normal), (KioskText.materials, .label)]
        out += i.materials.enumerated().map { ("\($0 + 1). \($1)", .normal) }
        out.append((KioskText.steps, .label))
        out += i.procedure.enumerated().map { ("\($0 + 1). \($1)", .normal) }
        out += [(KioskText.whereToGo, .label), ("\(i.department) \(i.location)", .normal)]
        return out
    }

    static func info(_ s: KioskSnapshot) -> [Line] {
        var out: [Line] = [(KioskText.hoursTitle, .label)]
        out += (s.hoursOfWeek.isEmpty ? [KioskText.noHours] : s.hoursOfWeek).map { ($0, .normal) }
        out.append((KioskText.intakeTitle, .label))
        out += (s.intakeDays.isEmpty ? [KioskText.noIntake] : s.intakeDays).map { ($0, .normal) }
        out.append((KioskText.howToBook, .normal))
        return out
    }
}
