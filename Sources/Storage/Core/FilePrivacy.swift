import Foundation

/// The rules a database file must meet before the program opens it: only its owner may read
/// it (residents' personal data), and it must be writable, so that nothing typed is lost to a
/// file that cannot be saved to.
enum FilePrivacy {
    /// The suffixes of the files SQLite keeps beside a database in WAL mode.
    static let companions = ["", "-wal", "-shm"]

    /// Refuses (`unsafePermissions`) when the database or its `-wal`/`-shm` files can be read or
    /// written by group or others, naming each file and the `chmod` that fixes it.
    static func requirePrivate(_ path: String) throws {
        let exposed = companions.compactMap { suffix -> (path: String, mode: Int)? in
            guard let mode = mode(of: path + suffix), mode & 0o077 != 0 else { return nil }
            return (path + suffix, mode)
        }
        guard exposed.isEmpty else { throw StorageError(.unsafePermissions, SafetyText.unsafePermissions(exposed)) }
    }

    /// Refuses (`readOnly`) when the file or its folder cannot be written by this process.
    static func requireWritable(_ path: String) throws {
        guard access(path, W_OK) == 0 else { throw StorageError(.readOnly, SafetyText.readOnlyFile(path)) }
        let folder = (path as NSString).deletingLastPathComponent
        guard access(folder.isEmpty ? "." : folder, W_OK) == 0 else {
            throw StorageError(.readOnly, SafetyText.readOnlyFolder(folder))
        }
    }

    /// The permission bits of `path`, or nil when there is no such file.
    static func mode(of path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_mode) & 0o7777
    }

    /// Creates the folders of `path` with mode 0700 when missing.
    static func createFolders(for path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(
                at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw StorageError(.cannotOpen, StorageText.cannotCreateFile(path, reason: error.localizedDescription))
        }
    }

    /// Flushes a folder's entries to disk, so that a rename in it survives a power cut.
    static func syncFolder(of path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let fd = open(folder.isEmpty ? "." : folder, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }
}
