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
        keys.withUnsafeMutableBufferPointer { keys in
            payload.withUnsafeMutableBufferPointer { payload in
                var handle = UnsafeHandle(keys: keys, payload: payload)
                defer { handle.deallocate() }
                handle.sort()
            }
        }
    }

    /// The buffers of one sort, held for its whole length, so that each pass is a plain loop rather than a scope
    /// per buffer (in the manner of swift-collections' `Heap._UnsafeHandle`).
    ///
    /// Each pass moves the values from `keys` and `payload` to the spare buffers, which then change roles. There
    /// are four passes, an even number, so the sorted values end where they began: in the caller's arrays.
    private struct UnsafeHandle {
        var keys: UnsafeMutableBufferPointer<UInt64>
        var payload: UnsafeMutableBufferPointer<UInt32>
        var spareKeys: UnsafeMutableBufferPointer<UInt64>
        var sparePayload: UnsafeMutableBufferPointer<UInt32>
        /// Each 16-bit digit's next place in the spare buffers.
        let counts: UnsafeMutableBufferPointer<Int>
        let carries: Bool

        /// A handle over the caller's buffers, with spare buffers of the same sizes (freed by `deallocate`).
        init(keys: UnsafeMutableBufferPointer<UInt64>, payload: UnsafeMutableBufferPointer<UInt32>) {
            self.keys = keys
            self.payload = payload
            spareKeys = .allocate(capacity: keys.count)
            spareKeys.initialize(repeating: 0)
            sparePayload = .allocate(capacity: payload.count)
            sparePayload.initialize(repeating: 0)
            counts = .allocate(capacity: 1 << 16)
            counts.initialize(repeating: 0)
            carries = !payload.isEmpty
        }

        mutating func sort() {
            let callers = keys.baseAddress
            for shift in stride(from: 0, to: 64, by: 16) {
                countDigits(shift: shift)
                scatter(shift: shift)
                swap(&keys, &spareKeys)
                swap(&payload, &sparePayload)
            }
            assert(keys.baseAddress == callers, "an odd number of passes leaves the result in the spare buffer")
        }

        /// Fills `counts` with each digit's starting place (an exclusive prefix sum of the digits' frequencies).
        private func countDigits(shift: Int) {
            counts.update(repeating: 0)
            for value in keys { counts[Int(truncatingIfNeeded: value &>> UInt64(shift)) & 0xFFFF] += 1 }
            var total = 0
            for digit in counts.indices {
                let frequency = counts[digit]
                counts[digit] = total
                total += frequency
            }
        }

        /// Moves every value to its digit's next place in the spare buffers, keeping the order within a digit.
        private func scatter(shift: Int) {
            for index in keys.indices {
                let digit = Int(truncatingIfNeeded: keys[index] &>> UInt64(shift)) & 0xFFFF
                let place = counts[digit]
                counts[digit] = place + 1
                spareKeys[place] = keys[index]
                if carries { sparePayload[place] = payload[index] }
            }
        }

        /// Frees the spare buffers; the caller's are left to the caller.
        func deallocate() {
            spareKeys.deallocate()
            sparePayload.deallocate()
            counts.deallocate()
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
