import Domain

/// The duty storage's refusals: part of `DutyText`, the one home of the duty feature's Chinese.
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
}
