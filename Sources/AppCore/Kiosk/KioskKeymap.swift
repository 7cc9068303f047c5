import Foundation
import ScreenKit

/// The touch screen's keys, as data (`Resources/kiosk-keymap.toml`), with the user's file laid over it.
public enum KioskKeymap {
    /// The keymap's one context.
    public static let context = "kiosk"
    /// The commands the file may name.
    public static let commands: Set<String> = ["back", "erase", "nextField", "submit", "pageUp", "pageDown", "home", "staffExit"]

    public static var defaultText: String {
        let url = Bundle.module.url(forResource: "kiosk-keymap", withExtension: "toml", subdirectory: "Resources")!
        return try! String(contentsOf: url, encoding: .utf8)
    }

    /// The shipped keys; a broken shipped file is a programming error caught by the tests.
    public static var standard: Keymap {
        try! Keymap.parse(defaultText, file: "kiosk-keymap.toml", knownCommands: commands)
    }

    /// The shipped keys overridden by `path` when that file exists.
    public static func load(userFile path: String?) throws(KeymapError) -> Keymap {
        guard let path, let text = try? String(contentsOfFile: path, encoding: .utf8) else { return standard }
        return standard.overridden(by: try Keymap.parse(text, file: path, knownCommands: commands))
    }

    /// The key that opens the staff's way out, as the help for staff names it.
    public static func staffExitKey(_ keymap: Keymap) -> String {
        keymap.keys(for: "staffExit", in: [context]).first.map(\.description) ?? "Ctrl-X"
    }
}
