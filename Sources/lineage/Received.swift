import ArgumentParser
import Foundation
import LineageCore

extension Lineage {
    /// `lineage received`: every party that can have received a dataset, or data made from it.
    struct Received: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every party that can have received a dataset, or data made from it.",
            discussion: """
                For each party: the earliest day it can have held the data, and for each dataset it holds the \
                path that gets it there soonest, one hop a line with its date, count, grade and [sources]. \
                Paths respect time: a hop counts if it can have happened after the data reached its sender, and \
                is marked "order only possible" when the dates overlap. Hops that cannot fit are left out and \
                listed. A party shown holding data with no claim saying how it got it "holds" it from the day \
                the data existed. See docs/queries.md.
                """
        )

        @Argument(help: "The dataset whose recipients to list.")
        var dataset: String

        @OptionGroup var input: EvidenceOptions
        @OptionGroup var filter: FilterOptions

        @Flag(help: "Print the answer as JSON on standard output.")
        var json = false

        /// For benchmarks: ask this many more times and report the median time on standard error, in place of
        /// the answer (whose printing would dominate on large cases).
        @Option(name: .customLong("repeat"), help: .hidden)
        var repetitions = 0

        func run() throws {
            let prepared = try PreparedCase(input: input, filter: filter)
            let answer = try prepared.custody.recipients(of: DatasetID(dataset))
            if repetitions > 0 {
                try Self.benchmark(answer, prepared, repetitions)
            } else if json {
                try JSONOutput.print(ReceivedJSON(answer, prepared))
            } else {
                print(Self.text(answer, prepared), terminator: "")
            }
        }

        static func text(_ answer: Recipients, _ prepared: PreparedCase) -> String {
            let format = QueryText(evidence: prepared.evidence)
            let count = answer.recipients.count
            var text = "\(answer.dataset): \(count) recipient\(count == 1 ? "" : "s")\n"
            for line in QueryText.omissions(prepared.omitted, prepared.filter) { text += "(\(line))\n" }
            for recipient in answer.recipients {
                text +=
                    "\n\(format.party(recipient.party)): earliest \(QueryText.day(recipient.earliest)), "
                    + "grade \(QueryText.grade(recipient.grade))\n"
                for holding in recipient.holdings {
                    text += "  \(holding.dataset), earliest \(QueryText.day(holding.earliest)), "
                    text += QueryText.marks(
                        grade: holding.grade, isOrderCertain: holding.isOrderCertain, isDisputed: holding.isDisputed)
                    if holding.otherWays > 0 {
                        text += "; \(holding.otherWays) other way\(holding.otherWays == 1 ? "" : "s") in"
                    }
                    text += "\n"
                    for step in answer.path(to: holding).steps { text += "    \(format.line(for: step))\n" }
                }
            }
            if !answer.leftOut.isEmpty {
                text +=
                    "\n\(answer.leftOut.count) hop\(answer.leftOut.count == 1 ? "" : "s") left out: "
                    + "\(answer.leftOut.count == 1 ? "it contradicts" : "they contradict") the time order\n"
                for hop in answer.leftOut { text += "  \(format.line(for: hop))\n" }
            }
            return text
        }

        /// Asks `repetitions` more times and reports on standard error the median time, on the clock and on this
        /// thread's CPU (the machine may be busy with other work): the query alone, with the case already read
        /// and indexed.
        static func benchmark(_ first: Recipients, _ prepared: PreparedCase, _ repetitions: Int) throws {
            let clock = ContinuousClock()
            var wall: [Double] = []
            var cpu: [Double] = []
            for _ in 0..<repetitions {
                let (start, startCPU) = (clock.now, threadCPUTime())
                _ = try prepared.custody.recipients(of: first.dataset)
                cpu.append(threadCPUTime() - startCPU)
                wall.append(milliseconds(clock.now - start))
            }
            wall.sort()
            cpu.sort()
            let holdings = first.recipients.reduce(0) { $0 + $1.holdingCount }
            let format = { (value: Double) in String(format: "%.1f", value) }
            StandardError.line(
                "read \(format(milliseconds(prepared.readTime))) ms, lineage graph "
                    + "\(format(milliseconds(prepared.graphTime))) ms, custody graph "
                    + "\(format(milliseconds(prepared.custodyTime))) ms; "
                    + "received \(first.dataset): \(first.recipients.count) recipients, \(holdings) holdings; "
                    + "over \(repetitions) runs: median \(format(wall[wall.count / 2])) ms "
                    + "(fastest \(format(wall[0])), slowest \(format(wall[wall.count - 1]))), "
                    + "CPU median \(format(cpu[cpu.count / 2])) ms (fastest \(format(cpu[0])))")
        }

        private static func milliseconds(_ duration: Duration) -> Double {
            let (seconds, attoseconds) = duration.components
            return Double(seconds) * 1000 + Double(attoseconds) / 1e15
        }

        /// The CPU time this thread has used, in milliseconds.
        private static func threadCPUTime() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
        }
    }
}

/// The answer of `lineage received --json`.
struct ReceivedJSON: Encodable {
    struct RecipientJSON: Encodable {
        var party: String
        var name: String?
        var identified: Bool
        var earliest: String?
        var grade: String?
        var paths: [QueryJSON.PathJSON]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(party, forKey: .party)
            try container.encode(name, forKey: .name)
            try container.encode(identified, forKey: .identified)
            try container.encode(earliest, forKey: .earliest)
            try container.encode(grade, forKey: .grade)
            try container.encode(paths, forKey: .paths)
        }

        private enum CodingKeys: String, CodingKey {
            case party, name, identified, earliest, grade, paths
        }
    }

    var dataset: String
    var filter: QueryJSON.FilterJSON
    var recipients: [RecipientJSON]
    var leftOut: [QueryJSON.LeftOutJSON]

    init(_ answer: Recipients, _ prepared: PreparedCase) {
        let evidence = prepared.evidence
        dataset = answer.dataset.rawValue
        filter = QueryJSON.FilterJSON(prepared.filter, prepared.omitted)
        recipients = answer.recipients.map { recipient in
            let party = evidence.parties[recipient.party]
            return RecipientJSON(
                party: recipient.party.rawValue, name: party?.name, identified: party?.isIdentified ?? true,
                earliest: recipient.earliest?.description, grade: recipient.grade?.description,
                paths: recipient.holdings.map { holding in
                    QueryJSON.PathJSON(
                        answer.path(to: holding), dataset: holding.dataset, otherWays: holding.otherWays, in: evidence)
                })
        }
        leftOut = answer.leftOut.map(QueryJSON.LeftOutJSON.init)
    }
}
