import DataFile
import Foundation

/// Every toneless reading of each Chinese character, read from `Resources/pinyin.tsv`.
///
/// The file is written by `scripts/gen-pinyin` from PyPI's pypinyin: one line per character,
/// `低<TAB>di`, `单<TAB>dan,chan,shan`, most common reading first, ü written v. Lines starting
/// with `#` are comments. A character the table does not know has no readings.
public struct PinyinTable: Sendable {
    private let readings: [Character: [String]]

    /// The table written in `text` (the layout of `pinyin.tsv`).
    public init(tsv text: String) {
        var readings: [Character: [String]] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t")
            guard parts.count == 2, parts[0].count == 1, let character = parts[0].first else { continue }
            readings[character] = parts[1].split(separator: ",").map(String.init)
        }
        self.readings = readings
    }

    /// The table shipped with the program, read once; empty (no pinyin matches) if the file is missing.
    public static let bundled: PinyinTable = {
        let text = (try? BundledText.read("pinyin", "tsv")) ?? ""
        return PinyinTable(tsv: text)
    }()

    /// How many characters the table knows.
    public var count: Int { readings.count }

    /// The readings of `character`, most common first; empty when the table does not know it.
    public func readings(of character: Character) -> [String] {
        readings[character] ?? []
    }
}
