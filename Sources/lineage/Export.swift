import ArgumentParser
import Foundation
import LineageCore
import LineageStore
import LineageXML

extension Lineage {
    /// `lineage export`: a case store's case as one evidence file.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a case store's case as evidence XML, which lineage check accepts.",
            discussion: """
                Writes the case as it stands: every item added, without retracted claims (a comment at the top \
                says how many were left out, and the entry and hash exported). Items are sorted by id, so the \
                same store always gives the same file; added to a new store, it gives the same answers.
                """
        )

        @Argument(
            help: ArgumentHelp("The case store.", valueName: "case"), completion: .file(extensions: ["lineage"]))
        var store: String

        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.", completion: .file())
        var output: String?

        func run() throws {
            let caseStore = try CaseStore(opening: store, readOnly: true)
            let evidence = try caseStore.loadCase()
            let entries = try caseStore.entries()
            let retracted = entries.count { if case .retraction = $0.change { true } else { false } }
            var comment = "exported by lineage from \(store)"
            if let head = entries.last { comment += " at entry \(head.sequence) (sha256 \(head.hash))" }
            comment += "; \(retracted) retracted claim\(retracted == 1 ? "" : "s") left out"

            var stream = try FileOutputStream(path: output)
            EvidenceWriter.write(evidence, comment: comment, to: &stream)
            try stream.close()
        }
    }
}

/// A buffered text stream to a file or standard output, so a large export is written in large chunks.
struct FileOutputStream: TextOutputStream {
    private let handle: FileHandle
    private let ownsHandle: Bool
    private var buffer: [UInt8] = []

    /// Writes to `path`, created or truncated; to standard output when nil.
    init(path: String?) throws {
        guard let path else {
            handle = .standardOutput
            ownsHandle = false
            return
        }
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { throw ValidationError("cannot write to \(path)") }
        self.handle = handle
        ownsHandle = true
    }

    mutating func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    private mutating func flush() {
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    mutating func close() throws {
        flush()
        if ownsHandle { try handle.close() }
    }
}
