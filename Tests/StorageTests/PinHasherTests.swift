import Foundation
import Testing
@testable import Storage

/// PIN hashes: scrypt with a random salt, self-describing, checked in constant time.
@Suite struct PinHasherTests {
    let hasher = PinHasher.insecureFastForTests

    @Test func aHashNamesItsParametersAndVerifiesOnlyItsPin() throws {
        let stored = try hasher.hash("482913")
        let parts = stored.split(separator: "$").map(String.init)
        #expect(parts.count == 6)
        #expect(Array(parts.prefix(4)) == ["scrypt", "16", "1", "1"])
        #expect(hasher.verify("482913", against: stored) == true)
        #expect(hasher.verify("482914", against: stored) == false)
        #expect(!stored.contains("482913"))
    }

    @Test func twoHashesOfOnePinDifferByTheirSalt() throws {
        let first = try hasher.hash("1234")
        let second = try hasher.hash("1234")
        #expect(first != second)
        #expect(PinHasher.standard.verify("1234", against: first) == true)
    }

    /// One hash only: about 0.3 s in a debug build (some 70 ms in release).
    @Test func theStandardParametersAreAcceptedByScrypt() throws {
        let stored = try PinHasher.standard.hash("24680")
        #expect(stored.hasPrefix("scrypt$16384$8$1$"))
        #expect(PinHasher.parse(stored)?.hasher == .standard)
    }

    @Test(arguments: [
        "", "bcrypt$16$1$1$AAAA$AAAA", "scrypt$16$1$1$AAAA", "scrypt$15$1$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA",
        "scrypt$2097152$1$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "scrypt$16$1$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA",
    ])
    func anUnreadableHashIsNeitherTrueNorFalse(stored: String) {
        #expect(hasher.verify("1234", against: stored) == nil)
    }

    @Test func constantTimeEqualityComparesEveryByte() {
        #expect(PinHasher.constantTimeEqual([1, 2, 3], [1, 2, 3]))
        #expect(!PinHasher.constantTimeEqual([1, 2, 3], [1, 2, 4]))
        #expect(!PinHasher.constantTimeEqual([9, 2, 3], [1, 2, 3]))
        #expect(!PinHasher.constantTimeEqual([1, 2], [1, 2, 3]))
    }

    @Test func theDatabaseFileNeverHoldsAPin() throws {
        let temp = try TempDatabase()
        defer { temp.remove() }
        let (database, admin) = try temp.initialized()
        let pin = "97315864"
        let worker = try database.addWorker("李四", by: admin, pin: pin)
        _ = try database.resetPin(for: worker.id, newPin: "86420975", by: admin.id, at: Fixture.start)
        _ = try database.verifyLogin(personID: worker.id, pin: "86420975", now: Fixture.start)
        let stored = try #require(try database.rawString("SELECT pin_hash FROM person WHERE id = ?", [worker.id]))
        #expect(stored.hasPrefix("scrypt$") && !stored.contains("86420975"))
        try database.rawWrite("PRAGMA wal_checkpoint(TRUNCATE)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: temp.path))
        for secret in [pin, "86420975"] {
            #expect(bytes.range(of: Data(secret.utf8)) == nil, "the file holds the PIN \(secret)")
        }
        #expect(bytes.range(of: Data("scrypt$".utf8)) != nil)
    }
}
