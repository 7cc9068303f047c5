import Testing
@testable import AppCore

@Test func placeholderAppCore() { #expect(Bool("true") == true) }
