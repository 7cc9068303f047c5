import Foundation
import ScreenKit

/// The keymap that ships with the program, with the user's file laid over it.
public enum AppKeymap {
    /// The shipped keymap file's text.
    public static var defaultText: String {
        let url = Bundle.module.url(forResource: "keymap", withExtension: "toml", subdirectory: "Resources")!
        return try! String(contentsOf: url, encoding: .utf8)
    }

    /// The shipped keymap; a broken shipped file is a programming error caught by the tests.
    public static var standard: Keymap {
        try! Keymap.parse(defaultText, file: "keymap.toml", knownCommands: Command.names)
    }

    /// The shipped keymap overridden by `path` when that file exists; a bad file is an error naming its line.
    public static func load(userFile path: String?) throws(KeymapError) -> Keymap {
        guard let path, let text = try? String(contentsOfFile: path, encoding: .utf8) else { return standard }
        return standard.overridden(by: try Keymap.parse(text, file: path, knownCommands: Command.names))
    }
}
