import Crypto
import CryptoExtras
import Foundation

/// Hashes PINs with scrypt and a random salt, and checks a typed PIN against a stored hash.
///
/// A stored hash reads `scrypt$N$r$p$saltBase64$hashBase64`, so it carries its own parameters:
/// a hash made with cheaper test parameters still verifies, and raising the cost later does not
/// lock anyone out.
public struct PinHasher: Sendable, Equatable {
    /// scrypt's cost factor N (a power of two), block size r and parallelism p.
    public var rounds: Int
    public var blockSize: Int
    public var parallelism: Int

    package static let saltByteCount = 16
    static let keyByteCount = 32
    /// The largest N a stored hash may ask for; a damaged row cannot make a login take minutes.
    static let maxRounds = 1 << 20

    /// The parameters for real use: N=16384, r=8, p=1 (16 MiB, roughly 50 ms a hash).
    public static let standard = PinHasher(rounds: 16_384, blockSize: 8, parallelism: 1)
    /// Cheap parameters for tests only: they keep the suite fast and protect nothing.
    public static let insecureFastForTests = PinHasher(rounds: 16, blockSize: 1, parallelism: 1)

    public init(rounds: Int, blockSize: Int, parallelism: Int) {
        self.rounds = rounds
        self.blockSize = blockSize
        self.parallelism = parallelism
    }

    // MARK: - Hashing

    /// A new stored hash of `pin`, with a fresh random salt.
    public func hash(_ pin: String) throws -> String {
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<Self.saltByteCount).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return try hash(pin, salt: salt)
    }

    /// A stored hash of `pin` with the given salt: only for demo data, which must come out the
    /// same from the same seed.
    package func hash(_ pin: String, salt: [UInt8]) throws -> String {
        let key = try derive(pin, salt: salt, using: self)
        return ["scrypt", "\(rounds)", "\(blockSize)", "\(parallelism)",
                Data(salt).base64EncodedString(), Data(key).base64EncodedString()].joined(separator: "$")
    }

    /// Whether `pin` matches `stored`, compared in constant time; nil if `stored` cannot be read.
    public func verify(_ pin: String, against stored: String) -> Bool? {
        guard let parsed = Self.parse(stored),
              let key = try? derive(pin, salt: parsed.salt, using: parsed.hasher) else { return nil }
        return Self.constantTimeEqual(key, parsed.key)
    }

    // MARK: - Parts

    private func derive(_ pin: String, salt: [UInt8], using params: PinHasher) throws -> [UInt8] {
        let key = try KDF.Scrypt.deriveKey(
            from: Array(pin.utf8), salt: salt, outputByteCount: Self.keyByteCount,
            rounds: params.rounds, blockSize: params.blockSize, parallelism: params.parallelism)
        return key.withUnsafeBytes { Array($0) }
    }

    /// The parameters, salt and key of a stored hash, or nil if it is not one of ours.
    package static func parse(_ stored: String) -> (hasher: PinHasher, salt: [UInt8], key: [UInt8])? {
        let parts = stored.split(separator: "$", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 6, parts[0] == "scrypt",
              let n = Int(parts[1]), let r = Int(parts[2]), let p = Int(parts[3]),
              n > 1, n <= maxRounds, n & (n - 1) == 0, (1...32).contains(r), (1...16).contains(p),
              let salt = Data(base64Encoded: parts[4]), let key = Data(base64Encoded: parts[5]),
              !salt.isEmpty, key.count == keyByteCount else { return nil }
        return (PinHasher(rounds: n, blockSize: r, parallelism: p), Array(salt), Array(key))
    }

    /// Compares two byte strings without stopping at the first difference.
    package static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
