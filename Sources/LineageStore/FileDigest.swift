import Crypto
import Foundation

/// The SHA-256 of a file's bytes, in lowercase hex: what an addition records, so that the file an investigator
/// added can later be shown to be the one in hand.
package enum FileDigest {
    /// Reads the file in 1 MiB chunks, so memory stays flat whatever its size. Nil when it cannot be read.
    package static func sha256(ofFileAt path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var hasher = SHA256()
        do {
            // Foundation answers the end of the file with nil on some platforms and empty data on others.
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                hasher.update(data: chunk)
            }
        } catch {
            return nil
        }
        return hasher.finalize().map { byte in byte < 16 ? "0" + String(byte, radix: 16) : String(byte, radix: 16) }
            .joined()
    }
}
