import DataFile
import TOMLKit

/// A keymap file that cannot be used: an unknown key name or command, a binding without a
/// command, a TOML syntax error.
public typealias KeymapError = DataFileError

// MARK: - Reading a keymap file

extension Keymap {
    /// The keys a binding's inline table may hold.
    public static let bindingKeys = ["command", "help"]

    /// Parses a keymap file: one table a context, one entry a key,
    /// `"Ctrl-Q" = { command = "quit", help = "退出" }` (or just `"Ctrl-Q" = "quit"`).
    ///
    /// Key names are read with `Key(name:)`. With `knownCommands`, a command outside it (other
    /// than `"none"`, which unbinds a key in an overriding file) is an error. Every mistake is a
    /// `KeymapError` that names `file` and the line.
    public static func parse(_ text: String, file: String, knownCommands: Set<String>? = nil) throws(KeymapError) -> Keymap {
        let source = try TOMLSource(text, file: file)
        let document = source.root
        var keymap = Keymap()
        for context in source.orderedKeys(of: document, at: []) {
            guard let entries = document[context]?.table else {
                throw source.problem(Text.contextNotTable(context), at: [context])
            }
            for name in source.orderedKeys(of: entries, at: [context]) {
                let path = [context, name]
                let binding = try binding(name, entries[name], at: path, source: source, knownCommands: knownCommands)
                if let twin = keymap.allBindings(in: context).first(where: { $0.key == binding.key }) {
                    throw source.problem(Text.duplicate(name, twin.key), at: path)
                }
                keymap.set(binding, in: context)
            }
        }
        return keymap
    }

    // MARK: - One binding

    private static func binding(
        _ name: String, _ value: TOMLValueConvertible?, at path: [String],
        source: TOMLSource, knownCommands: Set<String>?
    ) throws(KeymapError) -> Binding {
        guard let key = Key(name: name) else { throw source.problem(Text.unknownKey(name), at: path) }
        let (command, help) = try commandAndHelp(value, at: path, source: source)
        if let knownCommands, command != noCommand, !knownCommands.contains(command) {
            throw source.problem(Text.unknownCommand(command), at: path + ["command"])
        }
        return Binding(key: key, command: command, help: help)
    }

    private static func commandAndHelp(
        _ value: TOMLValueConvertible?, at path: [String], source: TOMLSource
    ) throws(KeymapError) -> (String, String) {
        if let command = value?.string { return (command, "") }
        guard let entry = value?.table else { throw source.problem(Text.notBinding, at: path) }
        for field in source.orderedKeys(of: entry, at: path) where !bindingKeys.contains(field) {
            throw source.problem(Text.unknownField(field), at: path + [field])
        }
        guard let commandValue = entry["command"] else { throw source.problem(Text.missingCommand, at: path) }
        guard let command = commandValue.string else { throw source.problem(Text.notString("command"), at: path + ["command"]) }
        guard !command.isEmpty else { throw source.problem(Text.missingCommand, at: path + ["command"]) }
        guard let helpValue = entry["help"] else { return (command, "") }
        guard let help = helpValue.string else { throw source.problem(Text.notString("help"), at: path + ["help"]) }
        return (command, help)
    }

    // MARK: - Messages

    /// The Chinese reasons the keymap reader gives.
    enum Text {
        static func contextNotTable(_ name: String) -> String { "\"\(name)\" 应是一个上下文表，如 [global]" }
        static func unknownKey(_ name: String) -> String {
            "未知的按键名 \"\(name)\"（例如 q、Ctrl-Q、F1、Enter、Esc、Tab、Shift-Tab、Up、PageDown、Space）"
        }
        static func unknownCommand(_ command: String) -> String { "未知的命令 \"\(command)\"" }
        static func duplicate(_ name: String, _ key: Key) -> String { "按键 \"\(name)\" 与前面的 \"\(key)\" 是同一个键" }
        static let notBinding = "按键的值应是内联表，如 { command = \"quit\", help = \"退出\" }"
        static let missingCommand = "缺少 command（要执行的命令）"
        static func unknownField(_ field: String) -> String { "未知的键 \"\(field)\"（可用：command、help）" }
        static func notString(_ field: String) -> String { "\(field) 的值应是字符串" }
    }
}
