import Foundation
import ScreenKit
import Testing

/// Golden screens: a buffer's text and style dump compared with a file under `Snapshots/`.
/// Set `BAISHIHUI_RECORD=1` to write the files anew, then review the diff like code.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots")

    static func assert(_ buffer: ScreenBuffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        assert(text: buffer.dump(), named: name, sourceLocation: sourceLocation)
        // Every golden screen is also a check that nothing drawn on it was cut off (issue 19): a table
        // cell shortened on purpose ends in "…" and is drawn whole, so any clip is a sentence lost.
        #expect(buffer.clipped.isEmpty, "\(name): cut off at \(buffer.width)×\(buffer.height): \(buffer.clipped)",
                sourceLocation: sourceLocation)
    }

    /// A printed page (a report) compared with its golden file, as the screens are.
    static func assert(text actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
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
