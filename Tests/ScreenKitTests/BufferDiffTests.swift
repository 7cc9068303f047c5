import Testing
@testable import ScreenKit

/// `changes(since:)`: what the backend must redraw after a frame.
@Suite struct BufferDiffTests {
    private func frame(_ rows: [String], width: Int = 8) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: rows.count)
        for (y, row) in rows.enumerated() { buffer.put(row, x: 0, y: y, role: .normal) }
        return buffer
    }

    @Test func withoutAnOldBufferEveryRowIsOneChange() {
        let buffer = frame(["首问接待", "ab"])
        let changes = buffer.changes(since: nil)
        #expect(changes.map(\.y) == [0, 1])
        #expect(changes.allSatisfy { $0.x == 0 && $0.cells.count == 8 })
        #expect(changes[0].cells == Array(buffer.cells[0..<8]))
    }

    @Test func aDifferentSizeRedrawsEverything() {
        let old = frame(["ab"], width: 4)
        let new = frame(["ab"], width: 5)
        #expect(new.changes(since: old).map(\.cells.count) == [5])
    }

    @Test func anIdenticalBufferHasNoChanges() {
        #expect(frame(["首问", "xy"]).changes(since: frame(["首问", "xy"])).isEmpty)
    }

    @Test func oneChangedCellIsOneOneCellChange() {
        let old = frame(["abcdef", "ghij"])
        var new = old
        new.put("X", x: 3, y: 1, role: .normal)
        #expect(new.changes(since: old) == [.init(x: 3, y: 1, cells: [Cell("X")])])
    }

    @Test func aChangedRoleCountsAsAChange() {
        let old = frame(["abc"])
        var new = old
        new.restyle(Rect(x: 1, y: 0, width: 1, height: 1), role: .fieldFocused)
        #expect(new.changes(since: old) == [.init(x: 1, y: 0, cells: [Cell("b", role: .fieldFocused)])])
    }

    @Test func aChangedWideCharacterIncludesBothColumns() {
        let old = frame(["ab汉cd"])
        var new = old
        new.put("字", x: 2, y: 0, role: .normal)
        #expect(new.changes(since: old) == [
            .init(x: 2, y: 0, cells: [Cell("字", width: 2), .continuation(.normal)]),
        ])
    }

    @Test func aChangeOnlyInTheRightHalfStartsAtTheLeftHalf() {
        let old = frame(["ab汉cd"])
        var new = old
        new[3, 0] = .continuation(.fieldError)
        let changes = new.changes(since: old)
        #expect(changes.count == 1)
        #expect(changes.first?.x == 2)
        #expect(changes.first?.cells.count == 2)
    }

    @Test func separateChangesOnOneRowStaySeparate() {
        let old = frame(["abcdefgh"])
        var new = old
        new.put("X", x: 1, y: 0, role: .normal)
        new.put("Y", x: 6, y: 0, role: .normal)
        #expect(new.changes(since: old).map(\.x) == [1, 6])
    }
}
