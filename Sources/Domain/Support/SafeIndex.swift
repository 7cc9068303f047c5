/// Reading a list at a position that may be past its end — the selected row of a list that
/// has just shrunk, an optional column — without a separate `indices.contains` check.
extension Array {
    /// The element at `index`, or nil outside the array.
    public subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
