import Foundation
import ScreenKit
import Testing

/// Golden screens: a buffer's text and style dump compared with a file under `Snapshots/`.
/// Set `BAISHIHUI_RECORD=1` to write the files anew, then review the diff like code.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots")

    static func assert(_ buffer: ScreenBuffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        assertText(buffer.dump(), named: name, sourceLocation: sourceLocation)
    }

    /// Compares `actual` (a screen's dump, or any text such as a printed form) with `Snapshots/NAME.txt`.
    static func assertText(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["BAISHIHUI_RECORD"] == "1" {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(name).txt: run with BAISHIHUI_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "\(name) differs from its golden file", sourceLocation: sourceLocation)
    }
}
