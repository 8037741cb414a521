// lineage-query-timing: how long `lineage received` takes once the case is read, for Benchmarks/queries.sh and
// Benchmarks/compare.sh. It reads the case with the same library code as the command, asks once, then asks
// REPEAT more times and reports on standard error the median time on the clock and on this thread's CPU (the
// machine may be busy with other work: the CPU time is the steadier figure).
//
//   lineage-query-timing DATASET REPEAT EVIDENCE...
//
// It lives here, not in `lineage`, so the product carries no benchmark hooks.
import Foundation
import LineageAnswers
import LineageCore

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count >= 3, let repetitions = Int(arguments[arguments.startIndex + 1]), repetitions > 0 else {
    FileHandle.standardError.write(Data("usage: lineage-query-timing DATASET REPEAT EVIDENCE...\n".utf8))
    exit(64)
}
let dataset = DatasetID(arguments[arguments.startIndex])
let evidence = Array(arguments.dropFirst(2))

/// The CPU time this thread has used, in milliseconds.
func threadCPUTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
}

func milliseconds(_ duration: Duration) -> Double {
    let (seconds, attoseconds) = duration.components
    return Double(seconds) * 1000 + Double(attoseconds) / 1e15
}

func report(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }

do {
    let clock = ContinuousClock()
    let start = clock.now
    let loaded = try CaseReading.read(evidence)
    let readTime = clock.now - start
    let prepared = try PreparedCase(loaded, filter: CaseFilter())
    let first = try prepared.custody.recipients(of: dataset)
    var wall: [Double] = []
    var cpu: [Double] = []
    var earliestCPU: [Double] = []
    for _ in 0..<repetitions {
        let (start, startCPU) = (clock.now, threadCPUTime())
        _ = try prepared.custody.recipients(of: dataset)
        cpu.append(threadCPUTime() - startCPU)
        wall.append(milliseconds(clock.now - start))
        // The earliest-arrival search alone, to tell the best-supported search's share.
        let earliestStart = threadCPUTime()
        _ = try prepared.custody.recipients(of: dataset, bestSupported: false)
        earliestCPU.append(threadCPUTime() - earliestStart)
    }
    wall.sort()
    cpu.sort()
    earliestCPU.sort()
    let holdings = first.recipients.reduce(0) { $0 + $1.holdingCount }
    let format = { (value: Double) in String(format: "%.1f", value) }
    report(
        "read \(format(milliseconds(readTime))) ms, lineage graph \(format(milliseconds(prepared.graphTime))) ms, "
            + "custody graph \(format(milliseconds(prepared.custodyTime))) ms; "
            + "received \(dataset): \(first.recipients.count) recipients, \(holdings) holdings; "
            + "over \(repetitions) runs: median \(format(wall[wall.count / 2])) ms "
            + "(fastest \(format(wall[0])), slowest \(format(wall[wall.count - 1]))), "
            + "CPU median \(format(cpu[cpu.count / 2])) ms (fastest \(format(cpu[0]))); "
            + "earliest arrival alone: CPU median \(format(earliestCPU[earliestCPU.count / 2])) ms; "
            + "best-supported search: \(first.bestSupportSearchCount) grade-restricted searches")
} catch let error as CaseHasErrors {
    for diagnostic in error.diagnostics { report(diagnostic.description) }
    exit(1)
} catch {
    report("error: \(error)")
    exit(1)
}
