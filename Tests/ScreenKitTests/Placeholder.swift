import Testing
@testable import ScreenKit

@Test func placeholderScreenKit() { #expect(Bool("true") == true) }
