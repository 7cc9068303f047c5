import CNCursesW
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts the process in a UTF-8 locale before curses starts, so Chinese is drawn and read whole.
///
/// `setlocale(LC_ALL, "")` takes the environment's locale. It fails as a whole when that locale
/// is not installed (`LANG=zh_CN.UTF-8` on a machine with only `C`, `C.utf8` and `POSIX`), and it
/// may succeed with a single-byte codeset (`LANG=C`); either way curses would then draw Chinese
/// as blanks and drop typed Chinese. So the fallbacks below are tried in order.
enum LocaleSetup {
    /// Tried, in order, when the environment's locale is missing or not UTF-8.
    static let fallbacks = ["C.UTF-8", "C.utf8", "en_US.UTF-8"]

    /// Sets a UTF-8 locale for every category and returns its name.
    static func ensureUTF8() throws(TerminalError) -> String {
        if let name = set(""), isUTF8(codeset: currentCodeset) { return name }
        for fallback in fallbacks {
            if let name = set(fallback), isUTF8(codeset: currentCodeset) { return name }
        }
        throw .noUTF8Locale
    }

    /// True for the names C libraries give UTF-8: `UTF-8`, `utf8`, `UTF8`.
    static func isUTF8(codeset: String) -> Bool {
        codeset.lowercased().filter { $0 != "-" && $0 != "_" } == "utf8"
    }

    // MARK: - The C library

    private static func set(_ name: String) -> String? {
        setlocale(LC_ALL, name).map { String(cString: $0) }
    }

    private static var currentCodeset: String {
        bsh_codeset().map { String(cString: $0) } ?? ""
    }
}
