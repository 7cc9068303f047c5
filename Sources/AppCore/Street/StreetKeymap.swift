import Foundation
import ScreenKit

/// The street program's keys: the committee program's shared contexts (the same keys everywhere)
/// and the street's own tabs from `Resources/street-keymap.toml`, each with the user's file laid over it.
public enum StreetKeymap {
    /// The committee keymap's contexts the street program uses as they are.
    static let shared = [KeyContext.global, .list, .form, .dialog, .help, .login].map(\.rawValue)
    /// The street's own contexts.
    static let street = "street", review = "street-review", books = "street-books", ledger = "street-ledger"
    /// The commands the street's file may name.
    public static let commands: Set<String> = ["tab1", "tab2", "nextTab", "previousTab", "refresh", "logout", "pass",
                                               "returnItem", "open", "sort", "previousYear", "nextYear", "back"]

    public static var defaultText: String {
        let url = Bundle.module.url(forResource: "street-keymap", withExtension: "toml", subdirectory: "Resources")!
        return try! String(contentsOf: url, encoding: .utf8)
    }

    /// The shipped keys; a broken shipped file is a programming error caught by the tests.
    public static var standard: Keymap { combine(AppKeymap.standard, try! parse(defaultText, file: "street-keymap.toml")) }

    /// The shipped keys with the user's `keymap.toml` and `street-keymap.toml` over them, when they exist.
    public static func load(committeeFile: String?, streetFile: String?) throws(KeymapError) -> Keymap {
        var own = try! parse(defaultText, file: "street-keymap.toml")
        if let streetFile, let text = try? String(contentsOfFile: streetFile, encoding: .utf8) {
            own = own.overridden(by: try parse(text, file: streetFile))
        }
        return combine(try AppKeymap.load(userFile: committeeFile), own)
    }

    static func parse(_ text: String, file: String) throws(KeymapError) -> Keymap {
        try Keymap.parse(text, file: file, knownCommands: commands)
    }

    /// The shared contexts of `committee` followed by every context of `own`.
    static func combine(_ committee: Keymap, _ own: Keymap) -> Keymap {
        Keymap(shared.map { ($0, committee.bindings(in: $0)) } + own.contexts.map { ($0, own.bindings(in: $0)) })
    }
}
