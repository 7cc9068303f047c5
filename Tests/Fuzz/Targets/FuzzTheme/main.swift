import ScreenKit

/// libFuzzer target: a theme file of any bytes is read or refused with a message, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTheme(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do { _ = try ThemeFile.parse(text, file: "fuzz.toml") } catch { precondition(!error.message.isEmpty) }
    return 0
}
