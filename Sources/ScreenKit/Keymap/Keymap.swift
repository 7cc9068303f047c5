/// Which named command each key runs, by context (`global`, `form`, `list`, …), with help text.
///
/// The same table handles a key, lists the bindings on the help screen and writes the hints in
/// the status line, so the three cannot drift apart. Callers pass contexts from the most
/// specific to the most general (`["form", "global"]`); the first context that binds a key wins.
public struct Keymap: Sendable, Equatable {
    /// One key of one context, the command it runs and what the help screen says about it.
    public struct Binding: Sendable, Equatable {
        public var key: Key
        public var command: String
        public var help: String

        public init(key: Key, command: String, help: String = "") {
            self.key = key
            self.command = command
            self.help = help
        }
    }

    /// The command that unbinds a key in an overriding file.
    public static let noCommand = "none"

    /// The contexts in the order they were first written.
    public private(set) var contexts: [String] = []
    private var table: [String: [Binding]] = [:]

    /// A keymap of the given contexts, each with its bindings in order.
    public init(_ contexts: [(name: String, bindings: [Binding])] = []) {
        for (name, bindings) in contexts {
            for binding in bindings { set(binding, in: name) }
        }
    }

    // MARK: - Looking up

    /// The command `key` runs: the binding of the first context in `contexts` that has one.
    public func command(for key: Key, in contexts: [String]) -> String? {
        for context in contexts {
            if let binding = table[context]?.first(where: { $0.key == key }) {
                if binding.command != Self.noCommand { return binding.command }
            }
        }
        return nil
    }

    /// The bindings of one context in file order, for the help screen and the status hints.
    public func bindings(in context: String) -> [Binding] {
        (table[context] ?? []).filter { $0.command != Self.noCommand }
    }

    /// The keys that run `command` in these contexts, leaving out keys an earlier context takes
    /// for something else; in context order, then file order.
    public func keys(for command: String, in contexts: [String]) -> [Key] {
        var keys: [Key] = []
        for context in contexts {
            for binding in bindings(in: context) where binding.command == command && !keys.contains(binding.key) {
                if self.command(for: binding.key, in: contexts) == command { keys.append(binding.key) }
            }
        }
        return keys
    }

    // MARK: - Overriding

    /// This keymap with `other`'s bindings laid over it, context by context: a key `other` binds
    /// takes its new command in place, a new key is added at the end, and a binding to `"none"`
    /// removes the key. A binding without help keeps the help this keymap gives that command.
    public func overridden(by other: Keymap) -> Keymap {
        var result = self
        for context in other.contexts {
            for binding in other.allBindings(in: context) {
                if binding.command == Self.noCommand {
                    result.remove(binding.key, in: context)
                } else {
                    var binding = binding
                    if binding.help.isEmpty { binding.help = help(for: binding.command) }
                    result.set(binding, in: context)
                }
            }
        }
        return result
    }

    /// The first help text this keymap gives `command`, in any context; empty if none.
    public func help(for command: String) -> String {
        for context in contexts {
            if let binding = table[context]?.first(where: { $0.command == command && !$0.help.isEmpty }) {
                return binding.help
            }
        }
        return ""
    }

    // MARK: - Changing

    /// The bindings of a context as stored, `"none"` ones included.
    func allBindings(in context: String) -> [Binding] { table[context] ?? [] }

    /// Binds `binding.key` in `context`, replacing an earlier binding of that key in place.
    mutating func set(_ binding: Binding, in context: String) {
        if table[context] == nil { contexts.append(context) }
        var list = table[context] ?? []
        if let index = list.firstIndex(where: { $0.key == binding.key }) {
            list[index] = binding
        } else {
            list.append(binding)
        }
        table[context] = list
    }

    private mutating func remove(_ key: Key, in context: String) {
        table[context]?.removeAll { $0.key == key }
    }
}
