import Foundation

/// The text of an import file's bytes, which must be UTF-8 (with or without a BOM), or a
/// `DataFileError` naming the first line that is not and what to do.
///
/// A spreadsheet saved as plain "CSV" on a Chinese Windows is GB18030 (GBK). The program
/// recognises such a file and refuses it, asking for "CSV UTF-8", rather than reading it: the
/// same bytes can often be read as more than one encoding, and a resident's name read wrongly
/// and saved is worse than a file sent back. UTF-16 (Excel's "Unicode text") and UTF-32 are refused the same way, each by its name.
public enum CSVBytes {
    /// The UTF-8 byte order mark.
    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The text of `data` without its BOM, or why it cannot be read; `file` names it in the message.
    /// With `.gb18030` (the user said so) the bytes are decoded by iconv first, and a byte it cannot
    /// decode is refused with its line.
    public static func text(_ data: Data, file: String, encoding: CSVEncoding = .utf8) -> Result<String, DataFileError> {
        var bytes = [UInt8](data)
        if encoding != .utf8 {
            switch Iconv.utf8(bytes, from: encoding.rawValue) {
            case .success(let decoded): bytes = decoded
            case .failure(let stop):
                let line = 1 + bytes[..<min(stop.offset, bytes.count)].count(where: { $0 == 0x0A })
                return .failure(DataFileError(file: file, line: line, reason: Text.notEncoding(encoding)))
            }
        }
        if bytes.starts(with: bom) { bytes.removeFirst(bom.count) }
        // UTF-32's marks first: little-endian UTF-32 begins with UTF-16's FF FE.
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            return .failure(DataFileError(file: file, line: 1, reason: Text.utf32))
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(DataFileError(file: file, line: 1, reason: Text.utf16))
        }
        guard let bad = firstInvalidUTF8(bytes) else { return .success(String(decoding: bytes, as: UTF8.self)) }
        let line = 1 + bytes[..<bad].count(where: { $0 == 0x0A })
        let reason = isGB18030(bytes) ? Text.gb18030 : Text.notText
        return .failure(DataFileError(file: file, line: line, reason: reason))
    }

    // MARK: - UTF-8

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        while i < bytes.count {
            guard let length = utf8SequenceLength(bytes, at: i) else { return i }
            i += length
        }
        return nil
    }

    /// The length of the well-formed UTF-8 sequence at `i` (RFC 3629: no overlongs, no surrogates).
    static func utf8SequenceLength(_ b: [UInt8], at i: Int) -> Int? {
        let lead = b[i]
        let (length, secondRange): (Int, ClosedRange<UInt8>)
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: (length, secondRange) = (2, 0x80...0xBF)
        case 0xE0: (length, secondRange) = (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, secondRange) = (3, 0x80...0xBF)
        case 0xED: (length, secondRange) = (3, 0x80...0x9F)
        case 0xF0: (length, secondRange) = (4, 0x90...0xBF)
        case 0xF1...0xF3: (length, secondRange) = (4, 0x80...0xBF)
        case 0xF4: (length, secondRange) = (4, 0x80...0x8F)
        default: return nil
        }
        guard i + length <= b.count, secondRange.contains(b[i + 1]) else { return nil }
        return b[(i + 2)..<(i + length)].allSatisfy { (0x80...0xBF).contains($0) } ? length : nil
    }

    // MARK: - GB18030

    /// Whether the bytes are well-formed GB18030 with at least one Chinese (multi-byte) character.
    static func isGB18030(_ b: [UInt8]) -> Bool {
        var i = 0, multiByte = 0
        while i < b.count {
            let lead = b[i]
            if lead < 0x80 { i += 1; continue }
            guard (0x81...0xFE).contains(lead), i + 1 < b.count else { return false }
            let second = b[i + 1]
            if (0x40...0x7E).contains(second) || (0x80...0xFE).contains(second) {
                i += 2
            } else if (0x30...0x39).contains(second), i + 3 < b.count,
                      (0x81...0xFE).contains(b[i + 2]), (0x30...0x39).contains(b[i + 3]) {
                i += 4
            } else {
                return false
            }
            multiByte += 1
        }
        return multiByte > 0
    }

    // MARK: - Text

    enum Text {
        static let gb18030 = "文件是 GB18030（GBK）编码，不是 UTF-8：请在 Excel 中“另存为”，文件类型选“CSV UTF-8（逗号分隔）”，再导入；"
            + "或确认后加 --encoding gb18030 按 GB18030 读取；未写入任何数据"
        static func notEncoding(_ e: CSVEncoding) -> String {
            "此行起不是 \(e.rawValue) 编码的文本（文件可能是别的编码或已损坏）：请确认文件的编码；未写入任何数据"
        }
        static let utf16 = "文件是 UTF-16（Unicode 文本）编码，不是 UTF-8：请在 Excel 中“另存为”，文件类型选“CSV UTF-8（逗号分隔）”，再导入；未写入任何数据"
        static let utf32 = "文件是 UTF-32 编码，不是 UTF-8：请在 Excel 中“另存为”，文件类型选“CSV UTF-8（逗号分隔）”，再导入；未写入任何数据"
        static let notText = "此行起不是 UTF-8 文本（文件可能已损坏或不是 CSV）：请在 Excel 中另存为“CSV UTF-8”后再导入；未写入任何数据"
    }
}
