import Domain
import Foundation

/// libFuzzer target: the date, month, time, time-span, visit-time and report-period parsers
/// take any text without crashing, and a date they accept is written back to the same text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDateTime(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let day = LocalDate(iso: text) {
        precondition(LocalDate(iso: day.iso) == day, "\(day.iso) does not read back")
    }
    if let month = Month(text: text) { precondition(Month(text: month.description) == month) }
    if case .success(let time) = ClockTime.parse(text) { precondition(ClockTime.parse(time.description) == .success(time)) }
    _ = TimeSpan.parse(text)
    _ = VisitTime.parse(text, now: Date(timeIntervalSince1970: 1_795_917_600))
    _ = ReportPeriod(text: text)
    return 0
}
