import ScreenKit
import TerminalBackend

/// libFuzzer target: any stream of what `wget_wch` returns (characters and key codes, stray
/// Escs and half sequences among them) decodes as the terminal does, without crashing.
/// Each input is 4 bytes: a kind byte (even: a character, odd: a key code) and a 24-bit value.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKeyDecoder(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let decoder = KeyDecoder(extendedCodes: [553: .ctrlLeft, 568: .ctrlRight])
    var sequence: EscapeSequence?
    var i = 0
    while i + 4 <= size {
        let value = UInt32(data[i + 1]) << 16 | UInt32(data[i + 2]) << 8 | UInt32(data[i + 3])
        if data[i] & 1 == 1 {
            sequence = nil
            _ = decoder.key(forKeyCode: Int32(value & 0xFFFF))
        } else if var collecting = sequence, let scalar = Unicode.Scalar(value) {
            switch collecting.append(scalar) {
            case .incomplete: sequence = collecting
            case .complete: _ = collecting.key; sequence = nil
            case .rejected: sequence = nil; _ = decoder.key(forCharacter: value)
            }
        } else if value == KeyDecoder.escape {
            sequence = EscapeSequence()
        } else {
            _ = decoder.key(forCharacter: value)
        }
        if let body = sequence?.body { precondition(body.unicodeScalars.count <= EscapeSequence.maximumLength) }
        i += 4
    }
    return 0
}
