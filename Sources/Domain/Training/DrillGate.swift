/// Whether a drill may start or be checked here: only on a database that carries the sandbox mark
/// (练习库) — practice mode's sandbox, which practice mode marks whenever it makes, opens or resets
/// it, or a new empty database marked with `drill sandbox` — because a drill writes its starting
/// data and the trainee's records into it. Demo data alone is not enough: a committee's own file on
/// which the demo generator once ran would take practice records into real books. `drill start`,
/// `drill check` and the training screen all ask this one question.
public enum DrillGate {
    /// The refusal, in Chinese, or nil when the drill may start.
    /// `sandbox`: the database carries the sandbox mark.
    public static func refusal(sandbox: Bool) -> String? {
        sandbox ? nil : notSandbox
    }

    public static let notSandbox = "演练只能在练习模式（baishihui --practice）的练习沙盒中进行（或在用 drill sandbox 标为练习库的新数据库中）："
        + "本数据库不是练习库，演练会写入示例数据，已拒绝；含演示数据的数据库也不行"
    public static let hasRecords = "本数据库已有业务记录（住户、接待、走访、值班、经费或积分），不能标为练习库：请用新的数据库文件"
}
