import ArgumentParser
import LineageSynthetic

/// `lineage-synth`: writes made-up customer records for testing and benchmarking record-level attribution.
@main
struct LineageSynth: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lineage-synth",
        abstract: "Write synthetic Japanese-style customer records: batches, and recovered lists with their truth.",
        discussion: """
            Every value is made up from invented tables; nothing is real data. A --seed picks one \
            deterministic population of \(Population.capacity) children in households of one to three siblings; \
            the same arguments always give byte-identical output. Batches and list sources are ranges LOW:HIGH \
            (upper bound excluded) over the population's extract order, a shuffle that keeps siblings together, \
            so two batches share exactly the persons of the positions their ranges share. Data goes to files or \
            standard output, messages to standard error. Exit status: 0 success, 1 an output file could not be \
            written, 64 bad usage.
            """,
        version: "0.1.0",
        subcommands: [BatchFile.self, ListFile.self, KeysFile.self]
    )
}
