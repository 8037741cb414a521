import LineageRecords

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Renders numbered items to bytes in chunks, one chunk per core at a time, and hands the chunks over in order: a
/// batch or list is pure computation per row, so two cores write it in about half the time, byte for byte the same.
enum ParallelRendering {
    /// Rows per chunk: a few megabytes of CSV.
    static let chunkSize = 32_768

    /// Renders `0..<count` with `render`, which gives the bytes of each output file for a range of items, and
    /// passes every chunk's bytes, in item order, to `write`, then the number of items done so far to `progress`.
    static func run(
        count: Int, render: @Sendable (Range<Int>) -> [[UInt8]],
        write: ([[UInt8]]) throws(OutputError) -> Void, progress: (Int) -> Void
    ) throws(OutputError) {
        let workers = max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        var results = [[[UInt8]]](repeating: [], count: workers)
        var start = 0
        while start < count {
            let chunks = (0..<workers).map { worker in
                min(count, start + worker * chunkSize)..<min(count, start + (worker + 1) * chunkSize)
            }
            DisjointSlots.update(&results) { worker, slot in
                slot = chunks[worker].isEmpty ? [] : render(chunks[worker])
            }
            for worker in 0..<workers where !chunks[worker].isEmpty {
                try write(results[worker])
                progress(chunks[worker].upperBound)
            }
            start = chunks[workers - 1].upperBound
        }
    }
}
