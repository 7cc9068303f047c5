import Foundation

/// A month of the duty roster as the tab and the printed sheet need it: the shifts, the
/// templates, the swaps of the month's shifts and the published hours.
public struct DutyRoster: Sendable, Equatable {
    public var month: Month
    public var shifts: [Shift]
    public var templates: [ShiftTemplate]
    public var swaps: [ShiftSwap]
    public var hours: ServiceHours

    public init(month: Month, shifts: [Shift] = [], templates: [ShiftTemplate] = [], swaps: [ShiftSwap] = [],
                hours: ServiceHours = ServiceHours()) {
        self.month = month
        self.shifts = shifts
        self.templates = templates
        self.swaps = swaps
        self.hours = hours
    }

    /// The shifts of `day`, by start.
    public func shifts(on day: LocalDate) -> [Shift] { shifts.filter { $0.date == day } }
}
