/// One field that differs between two versions of a record: its label, the old and the new text.
public struct FieldChange: Sendable, Equatable {
    public var label: String
    public var old: String
    public var new: String

    public init(label: String, old: String, new: String) {
        self.label = label
        self.old = old
        self.new = new
    }

    /// "走访事由：“日常走访” → “送慰问”".
    public var sentence: String { "\(label)：“\(old)” → “\(new)”" }
}
