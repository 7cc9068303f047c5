import Domain

/// The duty storage's refusals and the shift import's row problems: part of `DutyText`, the one home of
/// the duty feature's Chinese.
extension DutyText {
    static func shiftExists(_ d: ShiftDraft) -> String { "\(d.date.iso) \(d.span) 已有班次" }
    static func shiftNotFound(_ id: Int64) -> String { "找不到编号为 \(id) 的班次" }
    static func swapNotFound(_ id: Int64) -> String { "找不到编号为 \(id) 的换班申请" }
    static let swapAlreadyOpen = "这个班次已有一项待处理的换班申请"
    static func appointmentNotFound(_ id: Int64) -> String { "找不到编号为 \(id) 的预约" }
    static func appointmentReceived(_ a: Appointment, _ reception: Int64) -> String {
        "\(a.draft.residentName) 的这次预约已接待（首问接待记录 #\(reception)），不能再次转为接待记录"
    }
    static func appointmentNotToday(_ a: Appointment, _ today: LocalDate) -> String {
        "只能接待今天（\(today.iso)）的预约：这次预约在 \(a.draft.date.iso)"
    }

    /// Why the sign key did nothing: no shift today, or today's shifts and their times.
    static func noCurrentShift(_ today: [Shift]) -> String {
        guard !today.isEmpty else { return "您今天没有值班班次，无需签到" }
        return "现在不在您班次的签到时间内：今天 " + today.map { "\($0.span)" }.joined(separator: "、")
    }

    // MARK: - Shift import (a row's problems)

    static func badDate(_ text: String) -> String { "日期“\(FieldText.echo(text))”无效，应写成 YYYY-MM-DD" }
    static func badTime(_ column: String, _ text: String) -> String { "\(column)“\(FieldText.echo(text))”无效，应写成 HH:MM" }
    static let noWorker = "值班人不能为空"
    static let outWithoutIn = "有签退时间却没有签到时间"
    static func unknownWorker(_ name: String) -> String { "值班人“\(FieldText.echo(name))”不在人员名单中（或已停用）" }
    static func twiceInShift(_ name: String, _ line: Int) -> String { "\(name) 已在第 \(line) 行排在同一班次" }
}
