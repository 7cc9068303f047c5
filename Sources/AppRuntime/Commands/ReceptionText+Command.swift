import Domain
import Storage

/// The policy library commands' sentences (the 政策资源库 the reception desk looks up): part of
/// `ReceptionText`, the one home of the reception feature's Chinese.
extension ReceptionText {
    static let policyNothingWritten = "未写入任何数据"
    static func policyUnreadable(_ file: String) -> String { "无法读取文件（须为 UTF-8 文本）：\(file)" }
    static func policyRefused(_ reason: String) -> String { "导入失败，未写入任何数据：\(reason)" }
    static func policyImported(_ s: AppDatabase.PolicyImportSummary, dryRun: Bool) -> String {
        (dryRun ? "检查通过，可导入：" : "已导入：") + "新增 \(s.added) 项，更新 \(s.updated) 项，删除 \(s.removed) 项"
    }
}
