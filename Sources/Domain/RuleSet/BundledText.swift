import DataFile
import Foundation

/// Reads a data file shipped in the Domain target's `Resources` folder (read only).
enum BundledText {
    /// The UTF-8 text of `Resources/<name>.<ext>`, or a refusal naming the file.
    static func read(_ name: String, _ ext: String) throws(DataFileError) -> String {
        let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources")
            ?? Bundle.module.url(forResource: name, withExtension: ext)
        guard let url, let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw DataFileError(file: "\(name).\(ext)", line: nil, reason: "程序自带的数据文件缺失或无法读取")
        }
        return text
    }
}
