import Domain
import Testing

/// The small shared helpers: reading a list past its end, and finding the holder of a role.
@Suite struct SmallHelpersTests {
    @Test func aPositionOutsideTheListReadsAsNothing() {
        let rows = ["甲", "乙"]
        #expect(rows[safe: 0] == "甲")
        #expect(rows[safe: 1] == "乙")
        #expect(rows[safe: 2] == nil)
        #expect(rows[safe: -1] == nil)
        #expect([String]()[safe: 0] == nil)
    }

    @Test func theFirstHolderOfARoleIsFoundInOrder() {
        let people = [Person(id: 1, name: "王芳", roles: [.worker]), Person(id: 2, name: "李明", roles: [.director, .secretary]),
                      Person(id: 3, name: "张伟", roles: [.secretary])]
        #expect(people.first(holding: .secretary)?.id == 2)
        #expect(people.first(holding: .worker)?.id == 1)
        #expect(people.first(holding: .bookkeeper) == nil)
    }
}
