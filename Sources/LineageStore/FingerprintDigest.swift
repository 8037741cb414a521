import Crypto

/// The SHA-256 of a record file's fingerprints: for each match key in name order, the key's UTF-8 name, a zero
/// byte, the number of fingerprints as 8 little-endian bytes, then the fingerprints as 8 little-endian bytes
/// each, in ascending order. Computed when the file is registered and again by `verify`, from the chunks.
struct FingerprintDigest {
    private var hasher = SHA256()

    mutating func beginKey(_ key: String, count: Int) {
        hasher.update(data: Array(key.utf8) + [0])
        withUnsafeBytes(of: UInt64(count).littleEndian) { hasher.update(bufferPointer: $0) }
    }

    mutating func add(_ fingerprints: UnsafeBufferPointer<UInt64>) {
        #if _endian(big)
            for value in fingerprints { withUnsafeBytes(of: value.littleEndian) { hasher.update(bufferPointer: $0) } }
        #else
            hasher.update(bufferPointer: UnsafeRawBufferPointer(fingerprints))
        #endif
    }

    func finalize() -> String {
        hasher.finalize().map { byte in byte < 16 ? "0" + String(byte, radix: 16) : String(byte, radix: 16) }.joined()
    }
}
