import ScreenKit

/// The body of a tab. The tabs are not built yet; each says so plainly and names what it will hold.
enum TabFeature {
    static let notBuilt = "此标签尚未建成。"

    static func render(_ tab: Tab, into buffer: inout ScreenBuffer, rect: Rect) {
        buffer.put(tab.title, x: rect.x, y: rect.y, role: .title)
        buffer.put(notBuilt, x: rect.x, y: rect.y + 2, maxWidth: rect.width, role: .messageWarning)
        for (i, line) in tab.plannedWork.enumerated() {
            buffer.put(line, x: rect.x, y: rect.y + 4 + i, maxWidth: rect.width, role: .normal)
        }
        buffer.put("现在可用：F2 人员管理（书记添加人员、设角色、重置 PIN）；? 查看全部按键。",
                   x: rect.x, y: rect.y + 7, maxWidth: rect.width, role: .muted)
    }
}
