import DataFile
import Domain

/// libFuzzer target: a rule-set file of any bytes is read or refused with a message, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRuleSet(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do { _ = try RuleSet.parse(text, file: "fuzz.toml") } catch { precondition(!error.message.isEmpty) }
    return 0
}
