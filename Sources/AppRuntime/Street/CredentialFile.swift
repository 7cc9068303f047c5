import Foundation
import StreetStorage

/// The committee's credential for its street, kept beside the database (`PATH.street`, mode 0600,
/// like the database itself): never the street's own login, never in the database or its backups.
enum CredentialFile {
    static func path(forDatabase database: String) -> String { database + ".street" }

    /// The credential beside `database`, nil when the committee is not connected.
    static func read(forDatabase database: String) throws -> CommitteeCredential? {
        let path = path(forDatabase: database)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let mode = (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int, mode & 0o077 == 0,
              let data = FileManager.default.contents(atPath: path),
              let credential = try? JSONDecoder().decode(CommitteeCredential.self, from: data) else {
            throw StreetError(StreetSyncText.badCredential(path))
        }
        return credential
    }

    /// Writes `credential` as a new file of mode 0600; an existing one is never replaced.
    static func write(_ credential: CommitteeCredential, forDatabase database: String) throws {
        let path = path(forDatabase: database)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StreetError(StreetSyncText.alreadyConnected(path)) }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        try handle.write(contentsOf: try encoder.encode(credential))
        try handle.synchronize()
    }
}
