/// A mark of what a tab's data was read from, compared when the tab is shown again: equal marks
/// mean nothing it was read from has changed, so the tab keeps what it holds instead of reading
/// it all again (a district's year of funds is 15,000 expenses). Storage says what the marks are.
public struct DataVersion: Equatable, Sendable {
    public var marks: [Int64]

    public init(_ marks: [Int64]) { self.marks = marks }
}
