import ArgumentParser
import Foundation
import LineageAnswers
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
                the data existed; a database's owner is never its recipient. Where the best-supported path (the \
                one whose weakest hop is strongest) differs from the earliest, it is shown too. See \
                docs/queries.md.
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
            let clock = ContinuousClock()
            let start = clock.now
            let loaded = try input.load()
            let readTime = clock.now - start
            let prepared = try input.prepare(loaded, filter)
            let answer = try prepared.custody.recipients(of: DatasetID(dataset))
            if repetitions > 0 {
                try Self.benchmark(answer, prepared, readTime: readTime, repetitions)
            } else if json {
                try JSONOutput.print(ReceivedJSON(answer, prepared))
            } else {
                print(AnswerText.received(answer, prepared), terminator: "")
            }
        }

        /// Asks `repetitions` more times and reports on standard error the median time, on the clock and on this
        /// thread's CPU (the machine may be busy with other work): the query alone, with the case already read
        /// and indexed.
        static func benchmark(
            _ first: Recipients, _ prepared: PreparedCase, readTime: Duration, _ repetitions: Int
        ) throws {
            let clock = ContinuousClock()
            var wall: [Double] = []
            var cpu: [Double] = []
            var earliestCPU: [Double] = []
            for _ in 0..<repetitions {
                let (start, startCPU) = (clock.now, threadCPUTime())
                _ = try prepared.custody.recipients(of: first.dataset)
                cpu.append(threadCPUTime() - startCPU)
                wall.append(milliseconds(clock.now - start))
                // The earliest-arrival search alone, to tell the best-supported search's share.
                let earliestStart = threadCPUTime()
                _ = try prepared.custody.recipients(of: first.dataset, bestSupported: false)
                earliestCPU.append(threadCPUTime() - earliestStart)
            }
            wall.sort()
            cpu.sort()
            earliestCPU.sort()
            let holdings = first.recipients.reduce(0) { $0 + $1.holdingCount }
            let format = { (value: Double) in String(format: "%.1f", value) }
            StandardError.line(
                "read \(format(milliseconds(readTime))) ms, lineage graph "
                    + "\(format(milliseconds(prepared.graphTime))) ms, custody graph "
                    + "\(format(milliseconds(prepared.custodyTime))) ms; "
                    + "received \(first.dataset): \(first.recipients.count) recipients, \(holdings) holdings; "
                    + "over \(repetitions) runs: median \(format(wall[wall.count / 2])) ms "
                    + "(fastest \(format(wall[0])), slowest \(format(wall[wall.count - 1]))), "
                    + "CPU median \(format(cpu[cpu.count / 2])) ms (fastest \(format(cpu[0]))); "
                    + "earliest arrival alone: CPU median \(format(earliestCPU[earliestCPU.count / 2])) ms; "
                    + "best-supported search: \(first.bestSupportSearchCount) grade-restricted searches")
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
