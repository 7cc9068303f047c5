import DataFile
import Foundation

/// The training files shipped in the Domain target's `Resources` folder: one folder each for
/// scenarios and quiz questions, read in file-name order.
enum TrainingResources {
    /// `(name without .toml, text)` of every `.toml` file in `Resources/<folder>`.
    static func files(in folder: String) throws(DataFileError) -> [(String, String)] {
        let base = Bundle.module.url(forResource: folder, withExtension: nil, subdirectory: "Resources")
            ?? Bundle.module.url(forResource: folder, withExtension: nil)
        guard let base, let names = try? FileManager.default.contentsOfDirectory(atPath: base.path) else {
            throw DataFileError(file: folder, line: nil, reason: "程序自带的培训文件夹缺失或无法读取")
        }
        var out: [(String, String)] = []
        for name in names.sorted() where name.hasSuffix(".toml") {
            guard let text = try? String(contentsOf: base.appendingPathComponent(name), encoding: .utf8) else {
                throw DataFileError(file: "\(folder)/\(name)", line: nil, reason: "无法读取（须为 UTF-8 文本）")
            }
            out.append((String(name.dropLast(5)), text))
        }
        return out
    }
}
