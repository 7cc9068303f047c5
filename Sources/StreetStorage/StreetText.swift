import Domain
import Foundation

/// Every Chinese line of the street's storage: refusals, the server's states explained, the list's words.
public enum StreetText {
    // MARK: - Addresses

    static func badURI(_ uri: String) -> String { "服务器地址无法识别：\(uri)（应为 postgresql://用户@主机:端口/数据库，或 postgresql:///数据库?host=/套接字目录）" }
    static func badPort(_ port: String) -> String { "服务器端口无效：\(port)" }
    static func badSSLMode(_ mode: String) -> String { "sslmode 无效：\(mode)（可用 disable、prefer、require）" }
    static func unknownURIParameter(_ name: String) -> String { "服务器地址中有不认识的参数：\(name)" }

    // MARK: - Connections

    static func unreachable(_ address: ServerAddress?, reason: String) -> String {
        "连不上街道服务器\(address.map { " \($0.uri)" } ?? "")：\(reason)"
    }
    static let sslUnsupported = "服务器不支持 SSL，而连接要求 sslmode=require"
    static let connectionCut = "与街道服务器的连接中断；未提交的内容不会留在服务器上，下次同步会重发"
    public static func timedOut(_ seconds: Int) -> String { "街道服务器 \(seconds) 秒内没有应答；未提交的内容下次同步会重发" }

    /// The server's SQLSTATE and message, said as a worker needs it.
    static func server(state: String, message: String) -> String {
        switch state {
        case "28P01", "28000": return "服务器拒绝登录：用户名或密码错误（\(message)）"
        case "3D000": return "服务器上没有这个数据库（\(message)）"
        case "42501" where message.contains("row-level security"):
            return "服务器拒绝：居委会只能写入本居委会自己的记录"
        case "42501": return "服务器拒绝：此账号无权做这件事（\(message)）"
        case "57014": return "服务器上的语句超时，已撤销"
        case "P0001": return message
        default: return "服务器拒绝（\(state)）：\(message)"
        }
    }

    // MARK: - Schema

    static func newerSchema(_ names: [String]) -> String {
        "街道服务器的结构比本程序新（\(names.joined(separator: "、"))）：请先升级百事汇，再连接"
    }
    static let notInitialised = "街道服务器尚未建立（请街道管理员先运行 baishihui street init）"
    static let alreadyInitialised = "街道服务器已经建立，不会改动"

    // MARK: - People

    static func unknownPerson(_ name: String) -> String { "街道没有此人：\(name)" }
    static func lacksRole(_ name: String, _ role: String) -> String { "\(name) 没有“\(role)”角色，不能做这件事" }
    static func wrongPin(_ left: Int) -> String { left > 0 ? "PIN 错误（再错 \(left) 次将锁定）" : "PIN 错误" }
    static func locked(until: String) -> String { "连续输错 PIN，已锁定（\(until)）" }
    static let inactive = "此人已停用"
    static let pinShape = "PIN 须为 4–8 位数字"
    static let nameEmpty = "姓名不能为空"
    static let rolesEmpty = "至少要有一个角色（自治办、财务、领导）"
    static func personExists(_ name: String) -> String { "街道已有此人：\(name)（停用的人可用 street activate 重新启用）" }
    static let deactivateSelf = "不能停用自己"
    public static func unknownRole(_ text: String) -> String { "街道没有这个角色：\(text)（可用 自治办、财务、领导，多个用 、 分隔）" }

    // MARK: - Committees

    public static func committeeExists(_ name: String) -> String { "居委会已登记：\(name)" }
    static let committeeNameEmpty = "居委会名称不能为空"
    static let badCode = "登记码无效（应为 baishihui street add-committee 打印的那一串）"
    static let codeUsed = "登记码已经用过，或不对：请街道重新登记此居委会"

    // MARK: - Review

    static let numberEmpty = ReviewText.numberEmpty
    static let reasonEmpty = ReviewText.reasonEmpty
    static func notWaiting(_ id: Int64) -> String { "第 \(id) 项不在待审列表中（已处理、不存在，或 500 元及以下）" }
    static let requestKind = "支出申请"
    static func ownRequest(_ name: String) -> String { "\(name) 是这笔支出的申请人，不能审核通过自己的申请（请另一位自治办人员审核）" }
}
