import Domain
import Foundation
import ScreenKit

/// The 审核 tab: what waits for the street, oldest first, and the selected request in full.
enum StreetReviewView {
    static let columns = [TableColumn("编号", width: 4), TableColumn("居委会", width: 16), TableColumn("经费", width: 10),
                          TableColumn("类别", width: 8), TableColumn("用途", width: 11), TableColumn("金额", width: 10),
                          TableColumn("已等", width: 11)]
    /// Rows under the table for the selected request.
    static let detailRows = 4

    static func render(_ main: StreetMain, now: Date, into buffer: inout ScreenBuffer, rect: Rect) {
        buffer.put(StreetScreenText.queueHeading(main.queue.count), x: rect.x, y: rect.y, maxWidth: rect.width, role: .title)
        guard !main.queue.isEmpty else {
            buffer.put(StreetScreenText.queueEmpty, x: rect.x, y: rect.y + 2, maxWidth: rect.width, role: .muted)
            return
        }
        let table = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 2 - detailRows)
        TableView.render(columns: columns, count: main.queue.count, row: { row(main.queue[$0], now: now) },
                         state: main.queueList, into: &buffer, rect: table)
        let selected = main.queue[min(main.queueList.selected, main.queue.count - 1)]
        for (i, line) in detail(selected, now: now, reviewer: main.person).enumerated() {
            buffer.put(line, x: rect.x, y: table.maxY + 1 + i, maxWidth: rect.width, role: i == 0 ? .label : .normal)
        }
    }

    static func row(_ e: ReviewEntry, now: Date) -> [String] {
        [String(e.id), e.committee, StreetScreenText.fund(FundKind(rawValue: e.fund)), category(e.category), e.purpose,
         Money.format(e.amount), StreetScreenText.waited(since: e.receivedAt, now: now)]
    }

    static func category(_ raw: String) -> String { ExpenseCategory(rawValue: raw)?.title ?? raw }

    /// The selected request's plan line, the committee's approvers, who asked and when it arrived.
    static func detail(_ e: ReviewEntry, now: Date, reviewer: String) -> [String] {
        let own = e.requester == reviewer ? StreetScreenText.ownRequestNote : ""
        return ["第 \(e.id) 项 \(e.committee)：\(e.purpose) \(Money.format(e.amount))",
                "计划项目：\(e.project.isEmpty ? "（未列）" : e.project)    申请人：\(e.requester.isEmpty ? "（未报）" : e.requester)\(own)",
                "本会审批：\(e.route.isEmpty ? "（尚无）" : e.route.joined(separator: "、"))",
                "街道收到：\(e.waitingSince)（已等 \(StreetScreenText.waited(since: e.receivedAt, now: now))）"]
    }
}
