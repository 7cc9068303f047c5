/// Whether a drill may start or be checked here: only in practice mode, on a database marked as a
/// sandbox (练习库) or on one of practice (demo) data, such as practice mode's own sandbox, because
/// a drill writes its starting data and the trainee's records into it. `drill start`, `drill check`
/// and the training screen all ask this one question.
public enum DrillGate {
    /// The refusal, in Chinese, or nil when the drill may start.
    /// `sandbox`: the database is a 练习库 or holds practice (demo) data.
    public static func refusal(practice: Bool, sandbox: Bool) -> String? {
        practice || sandbox ? nil : notSandbox
    }

    public static let notSandbox = "演练只能在练习模式（baishihui --practice）、练习沙盒或练习库中进行：本数据库不是练习库，也不是练习数据，演练会写入示例数据，已拒绝"
    public static let hasRecords = "本数据库已有业务记录（住户、接待、走访、值班、经费或积分），不能标为练习库：请用新的数据库文件"
}
