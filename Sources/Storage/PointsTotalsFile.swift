import Crypto
import Domain
import Foundation

/// A committee's signed yearly totals as the street office receives them: one worker a row, and
/// a last line with the SHA-256 of the rows, so a file changed on the way is refused.
public struct PointsYearTotal: Sendable, Equatable {
    public var streetOffice: String
    public var committee: String
    public var name: String
    public var year: Int
    /// How many signed months the total adds up.
    public var months: Int
    /// The sum of the signed months (as amended), in tenths.
    public var total: Int
    /// When the street office imported it (nil for this committee's own totals and a file read).
    public var importedAt: Date?

    public init(streetOffice: String, committee: String, name: String, year: Int, months: Int, total: Int) {
        self.streetOffice = streetOffice
        self.committee = committee
        self.name = name
        self.year = year
        self.months = months
        self.total = total
    }
}

/// `export points --year` and `import points-totals`: a CSV with a BOM, the header
/// `街镇,居委会,姓名,年度,已签名月数,年度积分`, the rows, then `SHA-256,<hex>` — the SHA-256 of
/// the header and rows as UTF-8, each line ending in CRLF.
public enum PointsTotalsFile {
    public static let header = ["街镇", "居委会", "姓名", "年度", "已签名月数", "年度积分"]

    /// The file's text.
    public static func text(_ totals: [PointsYearTotal]) -> String {
        let lines = [header.joined(separator: ",")] + totals.map {
            [$0.streetOffice, $0.committee, $0.name, String($0.year), String($0.months), Points.format($0.total)].joined(separator: ",")
        }
        return "\u{FEFF}" + lines.map { $0 + "\r\n" }.joined() + "SHA-256,\(checksum(lines))\r\n"
    }

    /// The rows of `text` when its checksum matches, or every problem found.
    public static func parse(_ text: String) -> Result<[PointsYearTotal], StaffImportFailure> {
        func fail(_ line: Int, _ message: String) -> Result<[PointsYearTotal], StaffImportFailure> {
            .failure(StaffImportFailure([.init(line: line, message: message)]))
        }
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        var lines = body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard lines.first == header.joined(separator: ",") else { return fail(1, PointsMessages.totalsBadHeader(header)) }
        guard let last = lines.last, last.hasPrefix("SHA-256,") else { return fail(lines.count, PointsMessages.totalsNoChecksum) }
        let rows = Array(lines.dropLast())
        guard String(last.dropFirst("SHA-256,".count)).lowercased() == checksum(rows) else {
            return fail(lines.count, PointsMessages.totalsBadChecksum)
        }
        var totals: [PointsYearTotal] = [], problems: [StaffImport.Problem] = []
        for (index, line) in rows.enumerated().dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard f.count == header.count, let year = Int(f[3]), let months = Int(f[4]), (0...12).contains(months),
                  case .success(let total) = Points.parse(f[5]), !f[0].isEmpty, !f[1].isEmpty, !f[2].isEmpty else {
                problems.append(.init(line: index + 1, message: PointsMessages.totalsBadRow(header)))
                continue
            }
            totals.append(PointsYearTotal(streetOffice: f[0], committee: f[1], name: f[2], year: year, months: months, total: total))
        }
        if problems.isEmpty && totals.isEmpty { problems.append(.init(line: 1, message: VisitStorageMessages.importNoRows)) }
        return problems.isEmpty ? .success(totals) : .failure(StaffImportFailure(problems))
    }

    /// The checksum line's value of `text` (for the audit log), or "" when it has none.
    public static func declaredChecksum(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).last.map { String($0.dropFirst("SHA-256,".count)).lowercased() } ?? ""
    }

    /// SHA-256, lowercase hex, of `lines` each followed by CRLF.
    static func checksum(_ lines: [String]) -> String {
        SHA256.hash(data: Data(lines.map { $0 + "\r\n" }.joined().utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
