import Dispatch
import Foundation

/// Reads a record file and fingerprints every row on every key the file gives: for registering a dataset's
/// records, or for matching a recovered list against them.
///
/// Blocks are read one at a time (memory stays bounded by the block and the fingerprints), and each block's rows
/// are normalised and fingerprinted by as many workers as the machine has cores: the HMACs are most of the work.
public enum RecordFingerprinting {
    /// A registered file's fingerprints: per key's name, sorted ascending without repeats.
    public struct Registration: Sendable {
        /// The keys the file gives, in `MatchKey.all` order.
        public let keys: [MatchKey]
        /// What reading the file found: rows, rows without a key, unusable values.
        public let summary: RecordFileSummary
        /// Each key's fingerprints, by the key's name, sorted ascending without repeats.
        public let fingerprints: [String: [UInt64]]
    }

    /// How far reading has got: bytes of the file consumed, of how many, and rows read.
    public typealias Progress = (_ bytesRead: Int, _ fileSize: Int, _ rows: Int) -> Void

    /// Fingerprints a dataset's record file for registration.
    public static func registration(
        of reader: RecordFileReader, with fingerprinter: Fingerprinter, progress: Progress = { _, _, _ in }
    ) throws(RecordFileError) -> Registration {
        let keys = MatchKey.available(with: reader.columns.keys)
        var (columns, summary) = try fingerprintRows(of: reader, keys: keys, fingerprinter, progress)
        var fingerprints: [String: [UInt64]] = [:]
        for (key, column) in zip(keys, columns.indices) {
            RadixSort.sortUnique(&columns[column].fingerprints)
            fingerprints[key.name] = columns[column].fingerprints
            columns[column] = ListFingerprints.Column()
        }
        return Registration(keys: keys, summary: summary, fingerprints: fingerprints)
    }

    /// Fingerprints a recovered list, keeping the row each fingerprint came from.
    public static func list(
        _ reader: RecordFileReader, with fingerprinter: Fingerprinter, progress: Progress = { _, _, _ in }
    ) throws(RecordFileError) -> ListFingerprints {
        let keys = MatchKey.available(with: reader.columns.keys)
        let (columns, summary) = try fingerprintRows(of: reader, keys: keys, fingerprinter, progress)
        return ListFingerprints(keys: keys, summary: summary, columns: columns)
    }

    /// Fingerprints block after block. While the cores fingerprint one block, the next is read (decoded, checked
    /// and split into rows) as one more task of the same batch of work, so reading does not leave them idle: the
    /// block is cut into more parts than there are cores, and whichever core finishes reading takes the rest.
    private static func fingerprintRows(
        of reader: RecordFileReader, keys: [MatchKey], _ fingerprinter: Fingerprinter, _ progress: Progress
    ) throws(RecordFileError) -> ([ListFingerprints.Column], RecordFileSummary) {
        var columns = keys.map { _ in ListFingerprints.Column() }
        var summary = RecordFileSummary()
        let parts = 4 * max(1, ProcessInfo.processInfo.activeProcessorCount)
        // Only the one task of each batch that reads touches the reader, and batches run one after another.
        nonisolated(unsafe) let sharedReader = reader
        var next = try reader.nextBlock()
        while let block = next {
            guard summary.rows + block.count < Int(UInt32.max) else {
                throw RecordFileError(
                    path: reader.path, line: block.line(ofRow: 0), message: "more than 4,294,967,294 rows")
            }
            let firstRow = summary.rows
            // Task 0 reads the next block; the others fingerprint their part of this one.
            var work = [Work](repeating: .pending, count: parts + 1)
            DisjointSlots.update(&work) { task, slot in
                guard task > 0 else {
                    slot = .read(Result { () throws(RecordFileError) in try sharedReader.nextBlock() })
                    return
                }
                let part = task - 1
                let rows = block.count * part / parts..<block.count * (part + 1) / parts
                slot = .fingerprinted(Part(block, rows: rows, firstRow: firstRow, keys: keys, fingerprinter))
            }
            var following: Result<RecordBlock?, RecordFileError> = .success(nil)
            for slot in work {
                switch slot {
                case .pending: continue
                case .read(let result): following = result
                case .fingerprinted(let part):
                    for index in columns.indices {
                        columns[index].fingerprints.append(contentsOf: part.columns[index].fingerprints)
                        columns[index].rows.append(contentsOf: part.columns[index].rows)
                    }
                    summary.add(part.summary)
                }
            }
            progress(reader.bytesRead, reader.fileSize, summary.rows)
            next = try following.get()
        }
        return (columns, summary)
    }
}

/// What one task of a batch of work left in its slot.
private enum Work {
    case pending
    /// The next block, read while the other tasks fingerprinted this one.
    case read(Result<RecordBlock?, RecordFileError>)
    case fingerprinted(Part)
}

/// One worker's share of a block: its rows' fingerprints and counts.
private struct Part {
    var columns: [ListFingerprints.Column]
    var summary = RecordFileSummary()

    init(_ block: RecordBlock, rows: Range<Int>, firstRow: Int, keys: [MatchKey], _ fingerprinter: Fingerprinter) {
        columns = keys.map { _ in
            var column = ListFingerprints.Column()
            column.fingerprints.reserveCapacity(rows.count)
            column.rows.reserveCapacity(rows.count)
            return column
        }
        var normalised = NormalisedRow()
        var message: [UInt8] = []
        message.reserveCapacity(256)
        for row in rows {
            block.normalise(row: row, into: &normalised)
            var gaveKey = false
            for (index, key) in keys.enumerated() {
                guard let fingerprint = fingerprinter.fingerprint(of: key, in: normalised, message: &message) else {
                    continue
                }
                columns[index].fingerprints.append(fingerprint)
                columns[index].rows.append(UInt32(firstRow + row))
                gaveKey = true
            }
            if !gaveKey { summary.rowsWithoutKey += 1 }
            for field in RecordField.allCases where normalised.isUnusable(field) {
                summary.unusableValues[field, default: 0] += 1
            }
        }
        summary.rows = rows.count
    }
}
