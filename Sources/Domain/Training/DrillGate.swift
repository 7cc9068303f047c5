/// Whether a drill may start here: only in practice mode or on a database marked as a sandbox
/// (练习库), because a drill writes its starting data and the trainee's records into it.
public enum DrillGate {
    /// The refusal, in Chinese, or nil when the drill may start.
    public static func refusal(practice: Bool, sandbox: Bool) -> String? {
        practice || sandbox ? nil : notSandbox
    }

    public static let notSandbox = "演练只能在练习模式（baishihui --practice）或练习库中进行：本数据库不是练习库，演练会写入示例数据，已拒绝"
    public static let hasRecords = "本数据库已有业务记录（住户、接待、走访、值班、经费或积分），不能标为练习库：请用新的数据库文件"
}
