import ArgumentParser
import LineageCore
import LineageStore

extension Lineage {
    /// `lineage log`: the history of a case store.
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a case store's history: who added or retracted what, and when.",
            discussion: """
                One line per entry, oldest first: its number, when (UTC), who, and what it did. Retracted claims \
                stay here after they leave the case. \
                \(ExitStatus.help)
                """
        )

        @Argument(
            help: ArgumentHelp("The case store.", valueName: "case"), completion: .file(extensions: ["lineage"]))
        var store: String

        @Option(
            help: ArgumentHelp(
                "Only entries recorded on or after this day (UTC), such as 2026-11-01.", valueName: "date"),
            transform: CalendarDay.start(of:))
        var since: CalendarDay?

        @Option(
            help: ArgumentHelp(
                "Only entries recorded on or before this day (UTC); 2026-11 means all of November.", valueName: "date"),
            transform: CalendarDay.end(of:))
        var until: CalendarDay?

        @Flag(help: "Print the entries as JSON on standard output.")
        var json = false

        func run() throws {
            let entries = try CaseStore(opening: store, readOnly: true).entries().filter { entry in
                guard let day = entry.day else { return true }
                return (since.map { day >= $0 } ?? true) && (until.map { day <= $0 } ?? true)
            }
            if json {
                try JSONOutput.print(entries.map(LogRecord.init))
            } else {
                for entry in entries { print(LogRecord(entry).line) }
            }
        }
    }
}

/// One entry as `lineage log` shows it.
struct LogRecord: Encodable {
    var sequence: Int
    var recordedAt: String
    var recordedBy: String
    var kind: String
    var origin: String?
    var digest: String?
    var sources: Int?
    var parties: Int?
    var datasets: Int?
    var claims: Int?
    var claim: String?
    var reason: String?
    var previousHash: String
    var hash: String
    /// A registration's file, dataset and role, for the text line (`lineage records` lists them in full).
    private var registered: (file: Int64, dataset: String, role: RecordFileEntry.Role)?

    private enum CodingKeys: String, CodingKey {
        case sequence, recordedAt, recordedBy, kind, origin, digest, sources, parties, datasets, claims, claim, reason
        case previousHash, hash
    }

    init(_ entry: StoreEntry) {
        sequence = entry.sequence
        recordedAt = entry.recordedAt
        recordedBy = entry.recordedBy
        previousHash = entry.previousHash
        hash = entry.hash
        switch entry.change {
        case .addition(let origin, let digest, let counts):
            kind = "add"
            (self.origin, self.digest) = (origin, digest)
            (sources, parties, datasets, claims) = (counts.sources, counts.parties, counts.datasets, counts.claims)
        case .retraction(let claim, let reason):
            kind = "retract"
            (self.claim, self.reason) = (claim.rawValue, reason)
        case .registration(let file, let dataset, let role, let origin):
            kind = "register"
            self.origin = origin
            registered = (file, dataset, role)
        case .recordKey:
            kind = "key"
        }
    }

    /// `#3  2026-11-23T09:41:07Z  alice  added claims.xml: 2 sources, 10 claims  [sha256 3f2a9c0e11b4]`, one
    /// line whatever a file name, a recorder or a reason holds (`LineText`): a name cannot forge an entry.
    var line: String {
        let what: String
        if let claim, let reason {
            what = "retracted claim '\(claim)': \(reason)"
        } else if let registered {
            let noun = registered.role == .seeds ? "seed records planted in" : "records of"
            what = "registered \(origin ?? "?") as the \(noun) \(registered.dataset) (record file \(registered.file))"
        } else if kind == "key" {
            what = "recorded the check value of the case's record key"
        } else {
            let counts = [(sources, "source"), (parties, "party"), (datasets, "dataset"), (claims, "claim")]
                .compactMap { count, noun -> String? in
                    guard let count, count > 0 else { return nil }
                    return "\(count) \(count == 1 ? noun : noun == "party" ? "parties" : noun + "s")"
                }
            what = "added \(origin ?? "?"): " + (counts.isEmpty ? "no items" : counts.joined(separator: ", "))
        }
        return LineText.escaped("#\(sequence)  \(recordedAt)  \(recordedBy)  \(what)  [sha256 \(hash.prefix(12))]")
    }
}

extension CalendarDay {
    /// The *first* day a plain date can mean: `--since 2026-11` starts on 1 November.
    static func start(of text: String) throws -> CalendarDay {
        guard let time = try? EventTime(parsing: text), case .date(let date) = time, date.qualifier.isEmpty else {
            throw ValidationError("'\(text)' is not a plain date such as 2026-11-23, 2026-11 or 2026.")
        }
        return date.firstDay
    }

    /// The *last* day a plain date can mean: `--until 2026-11` runs to 30 November.
    static func end(of text: String) throws -> CalendarDay {
        do {
            return try CalendarDay(endOf: text)
        } catch {
            throw ValidationError("'\(text)' is not a plain date such as 2026-11-23, 2026-11 or 2026.")
        }
    }
}
