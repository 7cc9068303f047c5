import DataFile
import Foundation
import TOMLKit

/// The values of a rule-set file that only Domain knows how to read: points in tenths, money in
/// fen, a `LocalDate`, a table of whole numbers. Each is refused like the values of `TOMLSource`,
/// with the line of its key and a Chinese reason that names the path.
extension TOMLSource {
    /// Points written as 0.5 or 3, in tenths; refused unless a multiple of 0.1.
    func tenths(_ path: String, in range: ClosedRange<Int> = -100_000...100_000) throws(DataFileError) -> Int {
        let node = try value(path)
        let number = node.int.map(Double.init) ?? node.double
        guard let number else { throw problem("\(path) 应为数字（分值，如 0.5）", at: path) }
        let tenths = (number * 10).rounded()
        guard abs(number * 10 - tenths) < 1e-6 else { throw problem("\(path) = \(number) 不是 0.1 的整数倍", at: path) }
        guard range.contains(Int(tenths)) else {
            throw problem("\(path) = \(number) 超出范围 \(Points.format(range.lowerBound))…\(Points.format(range.upperBound))", at: path)
        }
        return Int(tenths)
    }

    /// Money written "500.00" (yuan, as a string) or 500, in fen.
    func fen(_ path: String) throws(DataFileError) -> Int64 {
        let node = try value(path)
        let text = node.string ?? node.int.map(String.init)
        guard let text else { throw problem("\(path) 应为金额，如 \"500.00\"", at: path) }
        switch Money.parse(text) {
        case .success(let fen): return fen
        case .failure(let error): throw problem("\(path)：\(error.message)", at: path)
        }
    }

    /// A date written 2017-09-26, as the business day it names.
    func localDate(_ path: String) throws(DataFileError) -> LocalDate {
        let date = try date(path)
        guard let day = LocalDate(year: date.year, month: date.month, day: date.day) else {
            throw problem("\(path) 应为日期，如 2017-09-26", at: path)
        }
        return day
    }

    /// The keys of the table at `path` other than `clause`, with their whole-number values.
    func intTable(_ path: String, in range: ClosedRange<Int>) throws(DataFileError) -> [String: Int] {
        var out: [String: Int] = [:]
        for key in try table(path).keys where key != "clause" {
            out[key] = try int("\(path).\(key)", in: range)
        }
        return out
    }
}
