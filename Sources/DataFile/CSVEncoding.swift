import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The encoding an import file is read in: UTF-8 unless the user says otherwise
/// (`--encoding gb18030` for what a Chinese Excel or WPS saves as plain "CSV (逗号分隔)").
/// Other encodings are decoded by the C library's iconv, never by hand.
/// The raw value is the name iconv knows it by.
public enum CSVEncoding: String, Sendable {
    case utf8 = "UTF-8"
    case gb18030 = "GB18030"

    /// Reads a user's spelling: utf-8, utf8, gb18030, gbk (GBK is a subset of GB18030) — nil if none.
    public init?(name: String) {
        switch name.lowercased() {
        case "utf-8", "utf8": self = .utf8
        case "gb18030", "gbk", "gb2312", "cp936": self = .gb18030
        default: return nil
        }
    }
}

/// iconv over a whole file's bytes.
enum Iconv {
    /// Where iconv stopped: the offset of the first byte it could not decode.
    struct Undecodable: Error { let offset: Int }

    /// `bytes` decoded from `encoding` into UTF-8, or the offset of the first byte iconv could not
    /// decode (an invalid or cut-off sequence).
    static func utf8(_ bytes: [UInt8], from encoding: String) -> Result<[UInt8], Undecodable> {
        let cd = iconv_open("UTF-8", encoding)
        guard cd != iconv_t(bitPattern: -1) else { return .failure(Undecodable(offset: 0)) }
        defer { iconv_close(cd) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 2 + 16)   // GB18030's 2 bytes → 3 of UTF-8, 4 → 4
        return input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress, inLeft = inBuffer.count
                var outPointer = outBuffer.baseAddress, outLeft = outBuffer.count
                let result = iconv(cd, &inPointer, &inLeft, &outPointer, &outLeft)
                if result == -1 || inLeft > 0 { return .failure(Undecodable(offset: inBuffer.count - inLeft)) }
                let written = outBuffer.count - outLeft
                return .success(outBuffer.prefix(written).map { UInt8(bitPattern: $0) })
            }
        }
    }
}
