import AppCore
import Demo
import Domain
import Foundation
import Storage

/// The practice sandbox: a database of demo data in the state directory that practice mode opens
/// instead of the real one, made on first use and reset to a fresh copy on request.
public enum PracticeSandbox {
    /// The sandbox's demo data: one committee, a fixed seed, a few months (quick to make).
    public static func settings(asOf: LocalDate) -> DemoSettings {
        DemoSettings(seed: 2017, scale: .committee, months: 3, asOf: asOf)
    }

    /// `$XDG_STATE_HOME/baishihui/practice.sqlite` (else `~/.local/state/baishihui/practice.sqlite`).
    public static func path(_ paths: Paths = Paths()) -> String { paths.stateDirectory + "/practice.sqlite" }

    /// Why practice mode will not open a file.
    public enum Refusal: Error, Equatable {
        case realDatabase(String)
        case notPractice(String)
        case notRegularFile(String)

        public var message: String {
            switch self {
            case .notRegularFile(let path):
                return "练习沙盒必须是一个普通文件（不能是符号链接、硬链接或其他文件）：\(path)，练习模式不会打开它；"
                    + "删除它后再进入练习模式，将由演示数据重新生成"
            case .realDatabase(let path): return "练习模式不能打开真实数据库：\(path)（不加 --db 即使用练习沙盒）"
            case .notPractice(let path): return "练习模式只打开练习数据库，\(path) 不是由演示数据生成的，可能是真实数据库，不会打开"
            }
        }
    }

    // MARK: - Opening

    /// The sandbox file practice mode opens: `requested` (from `--db`), else the default sandbox,
    /// refused when it is the real database, or is there but is not a regular file of its own
    /// (a symbolic link, a hard link) holding demo data.
    public static func resolve(requested: String?, paths: Paths = Paths()) throws(Refusal) -> String {
        let chosen = requested ?? path(paths)
        let canonical = { (p: String) in URL(fileURLWithPath: p).standardizedFileURL.resolvingSymlinksInPath().path }
        if canonical(chosen) == canonical(paths.defaultDatabase) { throw .realDatabase(chosen) }
        try requireSandboxFile(chosen)
        return chosen
    }

    /// Refuses a file at `path` unless it is a regular file with one name, holding demo data;
    /// no file there is fine (it will be made from demo data).
    static func requireSandboxFile(_ path: String) throws(Refusal) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        guard info.st_mode & FileKind.mask == FileKind.regular, info.st_nlink == 1 else { throw .notRegularFile(path) }
        guard AppDatabase.fileHoldsDemoData(path: path) == true else { throw .notPractice(path) }
    }

    /// Opens the sandbox at `path`, making it from demo data first if it is not there yet; a file
    /// there that is not a regular file holding demo data is refused (`requireSandboxFile`).
    public static func open(path: String, today: LocalDate) throws -> AppDatabase {
        try requireSandboxFile(path)
        if !FileManager.default.fileExists(atPath: path) {
            try DemoBuilder.build(path: path, settings: settings(asOf: today), force: false)
        }
        return try marked(AppDatabase.open(path: path), on: today)
    }

    /// `db` with the sandbox mark (练习库), the one fact drills look for (`DrillGate`): practice
    /// mode's sandbox carries it from the moment practice mode makes, opens or resets it. Marked at
    /// the start of `day` (the demo data's), so a reset gives the same file every time.
    @discardableResult
    static func marked(_ db: AppDatabase, on day: LocalDate) throws -> AppDatabase {
        try db.markPracticeSandbox(at: ShanghaiCalendar.startOfDay(day))
        return db
    }

    /// The screen in practice mode: the banner on every screen, and the sandbox's PIN (the demo
    /// data's) said on the login screen.
    public static func mark(_ state: inout AppState) {
        state.bannerText = PracticeFeature.banner(resetKey: PracticeFeature.resetKey(in: state.keymap))
        state.practicePin = DemoSettings.pin
    }

    // MARK: - Reset

    /// Rebuilds the sandbox at `path` as a fresh copy of the demo data made with `settings` and
    /// returns it open. A file already there is replaced in place (SQLite's backup), so a program
    /// that has it open sees the new contents; a file that does not hold demo data is refused.
    /// The drills call this before laying a scenario's starting data over it.
    @discardableResult
    public static func rebuild(at path: String, settings: DemoSettings) throws -> AppDatabase {
        try requireSandboxFile(path)
        guard FileManager.default.fileExists(atPath: path) else {
            try DemoBuilder.build(path: path, settings: settings, force: false)
            return try marked(AppDatabase.open(path: path), on: settings.asOf)
        }
        let db = try AppDatabase.open(path: path)
        try replace(db, settings: settings, near: path)
        return db
    }

    /// Replaces the contents of the open `db` with fresh demo data built in a file beside `path`.
    static func replace(_ db: AppDatabase, settings: DemoSettings, near path: String) throws {
        let fresh = path + ".fresh"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: fresh + suffix) } }
        try DemoBuilder.build(path: fresh, settings: settings, force: true)
        try db.replaceContents(withFileAt: fresh)
        try marked(db, on: settings.asOf)
    }

    /// The reset asked for on screen: in practice mode the open sandbox is replaced and the
    /// program starts over at the login; a trainer on the real database rebuilds the sandbox file.
    static func reset(open database: AppDatabase, isPractice: Bool, today: LocalDate,
                      paths: Paths = Paths()) throws -> Action {
        do { return try resetOrRefuse(open: database, isPractice: isPractice, today: today, paths: paths) }
        catch let refusal as Refusal { return .failed(refusal.message) }
    }

    private static func resetOrRefuse(open database: AppDatabase, isPractice: Bool, today: LocalDate,
                                      paths: Paths) throws -> Action {
        if isPractice {
            guard try database.isDemoData() else { throw Refusal.notPractice("当前数据库") }
            try replace(database, settings: settings(asOf: today), near: path(paths))
            return .practiceReset(message: PracticeText.resetDone, reload: true)
        }
        try rebuild(at: path(paths), settings: settings(asOf: today))
        return .practiceReset(message: PracticeText.rebuilt(path(paths)), reload: false)
    }
}

/// The practice mode's sentences.
enum PracticeText {
    static let resetDone = "练习数据已重置为一份新的演示数据，请重新登录（PIN 均为 \(DemoSettings.pin)）"
    static func rebuilt(_ path: String) -> String { "练习沙盒已重建：\(path)（真实数据库未受影响）" }
}
