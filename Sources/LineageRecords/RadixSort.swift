/// Least-significant-digit radix sort of 64-bit fingerprints, 16 bits a pass: four linear passes where a
/// comparison sort of 30 million values would make 25 each. Fingerprints are uniformly distributed, so every
/// pass moves data and none can be skipped.
enum RadixSort {
    /// Sorts `keys` ascending, moving `payload[i]` along with `keys[i]`.
    static func sort(_ keys: inout [UInt64], carrying payload: inout [UInt32]) {
        precondition(keys.count == payload.count)
        passes(&keys, &payload)
    }

    /// Sorts `keys` ascending and removes repeats.
    static func sortUnique(_ keys: inout [UInt64]) {
        var none: [UInt32] = []
        passes(&keys, &none)
        removeRepeats(&keys)
    }

    /// The four passes; `payload` moves too unless it is empty.
    private static func passes(_ keys: inout [UInt64], _ payload: inout [UInt32]) {
        let carries = !payload.isEmpty
        var keyBuffer = [UInt64](repeating: 0, count: keys.count)
        var payloadBuffer = [UInt32](repeating: 0, count: payload.count)
        var counts = [Int](repeating: 0, count: 1 << 16)
        for shift in stride(from: 0, to: 64, by: 16) {
            count(keys, shift: shift, into: &counts)
            keys.withUnsafeBufferPointer { source in
                payload.withUnsafeBufferPointer { sourcePayload in
                    keyBuffer.withUnsafeMutableBufferPointer { target in
                        payloadBuffer.withUnsafeMutableBufferPointer { targetPayload in
                            counts.withUnsafeMutableBufferPointer { next in
                                for index in source.indices {
                                    let digit = Int(truncatingIfNeeded: source[index] &>> UInt64(shift)) & 0xFFFF
                                    let place = next[digit]
                                    next[digit] = place + 1
                                    target[place] = source[index]
                                    if carries { targetPayload[place] = sourcePayload[index] }
                                }
                            }
                        }
                    }
                }
            }
            swap(&keys, &keyBuffer)
            swap(&payload, &payloadBuffer)
        }
    }

    /// Fills `counts` with each digit's starting place (an exclusive prefix sum of the digits' frequencies).
    private static func count(_ keys: [UInt64], shift: Int, into counts: inout [Int]) {
        counts.withUnsafeMutableBufferPointer { counts in
            counts.update(repeating: 0)
            for value in keys { counts[Int(truncatingIfNeeded: value &>> UInt64(shift)) & 0xFFFF] += 1 }
            var total = 0
            for digit in counts.indices {
                let frequency = counts[digit]
                counts[digit] = total
                total += frequency
            }
        }
    }

    private static func removeRepeats(_ sorted: inout [UInt64]) {
        guard sorted.count > 1 else { return }
        var kept = 1
        sorted.withUnsafeMutableBufferPointer { values in
            for index in 1..<values.count where values[index] != values[kept - 1] {
                values[kept] = values[index]
                kept += 1
            }
        }
        sorted.removeLast(sorted.count - kept)
    }
}
