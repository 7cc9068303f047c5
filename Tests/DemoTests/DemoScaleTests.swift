import Demo
import Domain
import Storage
import Testing

/// Many committees share one file, whose tables keep names, rooms and shift hours unique: the
/// generator must keep them apart (checked on the pure values, without writing 265 committees).
@Suite struct DemoScaleTests {
    @Test("the district has 265 committees over Putuo's ten streets, a street 26, all with their own names and lanes")
    func plans() {
        let district = DemoCommitteePlan.all(for: .district)
        #expect(district.count == 265)
        #expect(Set(district.map(\.committee.streetOffice)).count == 10)
        #expect(Set(district.map(\.committee.name)).count == 265)
        #expect(Set(district.map(\.roomPrefix)).count == 265)
        #expect(DemoCommitteePlan.all(for: .street).count == 26)
        #expect(DemoCommitteePlan.all(for: .committee).map(\.roomPrefix) == [""])
    }

    @Test("across committees no two people share a name, no two rooms an address, no two shifts a day's hours")
    func uniqueAcrossCommittees() throws {
        let settings = DemoSettings(seed: 11, scale: .district, months: 1, asOf: LocalDate(iso: "2026-11-20")!)
        var generator = DemoGenerator(settings: settings, policies: [], calendar: try WorkingDayCalendar.bundled(),
                                      rules: try RuleBook.bundled().ruleSets[0])
        let batches = DemoCommitteePlan.all(for: .district).prefix(40).map { generator.batch(for: $0) }
        let people = batches.flatMap(\.people)
        #expect(Set(people.map(\.name)).count == people.count)
        #expect(Set(people.map(\.id)).count == people.count)
        let rooms = batches.flatMap(\.households).map(\.room)
        #expect(Set(rooms).count == rooms.count)
        let shifts = batches.flatMap(\.shifts).map { "\($0.date.iso) \($0.startMinute)-\($0.endMinute)" }
        #expect(Set(shifts).count == shifts.count)
        #expect(batches.allSatisfy { $0.people.filter { $0.roles.contains(.secretary) }.count == 1 })
    }
}
