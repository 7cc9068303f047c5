import Testing
@testable import Domain

@Test func placeholderDomain() { #expect(Bool("true") == true) }
