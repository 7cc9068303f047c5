import Crypto
import Domain
import Foundation

/// A committee's signed yearly totals as the street office receives them: one worker a row.
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

/// A totals file whose signature holds: its rows, the public key that signed them, and the
/// SHA-256 of the whole file (kept with the imported rows).
public struct SignedPointsTotals: Sendable, Equatable {
    public var totals: [PointsYearTotal]
    /// The Ed25519 public key (32 bytes) that signed the file.
    public var publicKey: Data
    /// The key's fingerprint, as `baishihui key` prints it at the committee.
    public var fingerprint: String { CommitteeKey.fingerprint(publicKey) }
    /// SHA-256, lowercase hex, of the file's text.
    public var digest: String
}

/// `export points --year` and `import points-totals`: a CSV with a BOM, the header
/// `街镇,居委会,姓名,年度,已签名月数,年度积分`, the rows, the line `公钥,<base64>` with the
/// committee's Ed25519 public key, then `签名,<base64>`: the signature of the lines before it
/// (each as UTF-8 ending in CRLF) by the committee's private key, which never leaves its database.
/// Anyone can recompute a checksum; only the committee can sign, and the street office trusts
/// each committee's key once (`--trust FINGERPRINT`).
public enum PointsTotalsFile {
    public static let header = ["街镇", "居委会", "姓名", "年度", "已签名月数", "年度积分"]
    static let keyPrefix = "公钥,"
    static let signaturePrefix = "签名,"

    /// The file's text, signed with `key`.
    static func text(_ totals: [PointsYearTotal], signingWith key: Curve25519.Signing.PrivateKey) throws -> String {
        let lines = [header.joined(separator: ",")] + totals.map {
            [$0.streetOffice, $0.committee, $0.name, String($0.year), String($0.months), Points.format($0.total)].joined(separator: ",")
        } + [keyPrefix + key.publicKey.rawRepresentation.base64EncodedString()]
        let signature = try key.signature(for: signedBytes(lines))
        return "\u{FEFF}" + lines.map { $0 + "\r\n" }.joined() + signaturePrefix + signature.base64EncodedString() + "\r\n"
    }

    /// The rows of `text` when its signature holds for the key it carries, or every problem found.
    /// Whether that key is one the street office trusts is for the import to decide.
    public static func parse(_ text: String) -> Result<SignedPointsTotals, StaffImportFailure> {
        func fail(_ line: Int, _ message: String) -> Result<SignedPointsTotals, StaffImportFailure> {
            .failure(StaffImportFailure([.init(line: line, message: message)]))
        }
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        var lines = body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard lines.first == header.joined(separator: ",") else { return fail(1, PointsText.totalsBadHeader(header)) }
        guard lines.count >= 3, let last = lines.last, last.hasPrefix(signaturePrefix),
              lines[lines.count - 2].hasPrefix(keyPrefix) else {
            return fail(lines.count, lines.last?.hasPrefix("SHA-256,") == true ? PointsText.totalsUnsignedOldFormat : PointsText.totalsUnsigned)
        }
        let signed = Array(lines.dropLast())
        guard let keyData = Data(base64Encoded: String(signed.last!.dropFirst(keyPrefix.count))),
              let key = try? Curve25519.Signing.PublicKey(rawRepresentation: keyData),
              let signature = Data(base64Encoded: String(last.dropFirst(signaturePrefix.count))),
              key.isValidSignature(signature, for: signedBytes(signed)) else {
            return fail(lines.count, PointsText.totalsBadSignature)
        }
        return rows(Array(signed.dropLast())).map {
            SignedPointsTotals(totals: $0, publicKey: keyData, digest: AuditLog.hex(SHA256.hash(data: Data(text.utf8))))
        }
    }

    /// The totals of the header and row lines `lines`, or a problem for each malformed row.
    static func rows(_ lines: [String]) -> Result<[PointsYearTotal], StaffImportFailure> {
        var totals: [PointsYearTotal] = [], problems: [StaffImport.Problem] = []
        for (index, line) in lines.enumerated().dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard f.count == header.count, let year = Int(f[3]), let months = Int(f[4]), (0...12).contains(months),
                  case .success(let total) = Points.parse(f[5]), !f[0].isEmpty, !f[1].isEmpty, !f[2].isEmpty else {
                problems.append(.init(line: index + 1, message: PointsText.totalsBadRow(header)))
                continue
            }
            totals.append(PointsYearTotal(streetOffice: f[0], committee: f[1], name: f[2], year: year, months: months, total: total))
        }
        if problems.isEmpty && totals.isEmpty { problems.append(.init(line: 1, message: VisitsText.importNoRows)) }
        return problems.isEmpty ? .success(totals) : .failure(StaffImportFailure(problems))
    }

    /// The bytes a signature covers: `lines` each followed by CRLF, as UTF-8.
    static func signedBytes(_ lines: [String]) -> Data {
        Data(lines.map { $0 + "\r\n" }.joined().utf8)
    }
}

/// What a yearly total can be, so that a file with totals no signed card could produce is
/// refused even when its signature holds. The standard gives no ceiling for a month's points
/// (附件三 counts receptions, shifts and the rest without a cap), so these are local settings.
enum PointsTotalsBounds {
    /// The first year a total can belong to: the year of the Putuo standard (本程序取值).
    static let firstYear = 2017
    /// The most a signed month can add, in tenths: 60.0 分 (本程序取值; a busy month of the demo
    /// committee comes to about 15 分).
    static let monthCeiling = 600
    /// The least a signed month can add, in tenths: −20.0 分 (本程序取值: the largest deductions
    /// of 附件三, a complaint −5 and a dispute −10, once each, and −5 for no visits where a rule
    /// set has no visit floor, `visits.floor = "无"`).
    static let monthFloor = -200

    /// One problem per row out of range, numbered as the file's lines (the header is line 1).
    static func problems(_ totals: [PointsYearTotal], thisYear: Int) -> [StaffImport.Problem] {
        totals.enumerated().compactMap { index, total in
            message(total, thisYear: thisYear).map { StaffImport.Problem(line: index + 2, message: $0) }
        }
    }

    private static func message(_ total: PointsYearTotal, thisYear: Int) -> String? {
        if !(firstYear...thisYear).contains(total.year) {
            return PointsText.totalsYearOutOfRange(total.year, firstYear, thisYear)
        }
        if !(1...12).contains(total.months) { return PointsText.totalsMonthsOutOfRange(total.months) }
        let range = (total.months * monthFloor)...(total.months * monthCeiling)
        if !range.contains(total.total) {
            return PointsText.totalsOutOfRange(total.total, months: total.months, range: range,
                                                   floor: monthFloor, ceiling: monthCeiling)
        }
        return nil
    }
}
