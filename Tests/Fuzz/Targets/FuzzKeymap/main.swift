import ScreenKit

/// libFuzzer target: a keymap file of any bytes is read or refused with a message, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKeymap(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do { _ = try Keymap.parse(text, file: "fuzz.toml", knownCommands: ["quit", "help", "add"]) } catch {
        precondition(!error.message.isEmpty)
    }
    return 0
}
