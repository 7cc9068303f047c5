import Domain

/// libFuzzer target: the amount and points parsers take any text without crashing, and an
/// amount they accept is written back and read again to the same number.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAmount(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    for allowZero in [false, true] {
        if case .success(let fen) = Money.parse(text, allowZero: allowZero) {
            precondition(fen >= 0 || allowZero, "negative amount accepted")
            guard case .success(let again) = Money.parse(Money.yuan(fen), allowZero: true), again == fen else {
                preconditionFailure("\(fen) does not read back")
            }
        }
    }
    if case .success(let tenths) = Points.parse(text) { _ = Points.format(tenths) }
    return 0
}
