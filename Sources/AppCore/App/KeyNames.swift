import ScreenKit

/// Key names written into text ("y 或 Enter 恢复   n 丢弃   Esc 下次再说"), generated from the
/// keymap in force so that a dialog names the keys a user actually has after remapping: the one
/// place a sentence learns which key runs a command.
extension Keymap {
    /// The keys that run `commands` in `contexts`, as text names them: "n 或 Esc". At most `limit`
    /// keys are named (the first in context and file order); nil when none is bound.
    func names(of commands: [Command], in contexts: [KeyContext], limit: Int = .max) -> String? {
        let contexts = contexts.map(\.rawValue)
        let keys = commands.flatMap { self.keys(for: $0.rawValue, in: contexts) }.prefix(limit)
        return keys.isEmpty ? nil : keys.map(\.description).joined(separator: " 或 ")
    }

    /// A line of key hints, "Enter 解锁   F9 换人登录": each item's keys before its words,
    /// `separator` between items; an item whose command has no key is left out.
    func hintLine(_ items: [(keys: String?, words: String)], separator: String = "   ") -> String {
        items.compactMap { item in item.keys.map { "\($0) \(item.words)" } }.joined(separator: separator)
    }

    /// A line of key hints naming the first key of each command in `contexts`:
    /// "Enter 抽题作答  g 切换分类  v 演练  Esc 返回".
    func hintLine(_ items: [(Command, String)], in contexts: [KeyContext], separator: String = "   ") -> String {
        hintLine(items.map { (names(of: [$0.0], in: contexts, limit: 1), $0.1) }, separator: separator)
    }

    /// "y 确定   n 或 Esc 返回": the keys of a yes/no dialog, the first confirm key and every way back.
    func confirmLine(yes: String, no: String = "返回") -> String {
        hintLine([(names(of: [.confirm], in: [.dialog], limit: 1), yes), (names(of: [.deny, .cancel], in: [.dialog]), no)])
    }
}

/// Names the keys of commands in a few contexts, for the sentences of a screen ("按 s 登记签字"),
/// from the keymap in force: a tab's texts take one and so name the keys the user actually has.
struct KeyNamer: Sendable {
    let keymap: Keymap
    let contexts: [KeyContext]

    /// What a sentence writes for a command no key runs after remapping (本程序取值).
    static let unbound = "（未设按键）"

    /// The key of `command` a sentence names, a typed letter before the others: "n".
    func callAsFunction(_ command: Command) -> String {
        ordered(command).first?.description ?? Self.unbound
    }

    /// Every key of `command`, typed letters first: "n 或 Ctrl-N".
    func all(_ command: Command) -> String {
        let keys = ordered(command)
        return keys.isEmpty ? Self.unbound : keys.map(\.description).joined(separator: " 或 ")
    }

    /// The keys of `command` in force in the contexts, typed letters before the others, each in file order.
    private func ordered(_ command: Command) -> [Key] {
        let keys = keymap.keys(for: command.rawValue, in: contexts.map(\.rawValue))
        let letters = keys.filter { if case .char = $0 { return true } else { return false } }
        return letters + keys.filter { !letters.contains($0) }
    }
}

extension TabContext {
    /// The keys of `tab` (with the main screen's and the global ones) as sentences name them.
    func keys(_ tab: Tab) -> KeyNamer { KeyNamer(keymap: keymap, contexts: tab.contextsInForce) }

    /// The training screen's keys (F3): its drills and papers, or those of the paper being answered.
    func trainingKeys(answering: Bool) -> KeyNamer {
        KeyNamer(keymap: keymap, contexts: KeyContext.training(answering: answering))
    }

    /// The keys of a form that has the keyboard ("填好后按 Enter").
    var formKeys: KeyNamer { KeyNamer(keymap: keymap, contexts: KeyContext.whileTyping) }
}
