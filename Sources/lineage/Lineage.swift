import ArgumentParser

/// `lineage`: traces how leaked personal data travels through list brokers, from cited evidence.
@main
struct Lineage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lineage",
        abstract: "Trace how leaked personal data travels through list brokers, from cited, graded evidence.",
        discussion: """
            Evidence is XML in the namespace urn:listlineage:evidence:1 (see Schemas/evidence-1.xsd). A case is \
            every evidence file under the paths you name. Data goes to standard output, messages to standard \
            error. Exit status: 0 success, 1 the evidence has errors, 64 bad usage.
            """,
        version: "0.1.0",
        subcommands: [Check.self, Received.self, Trace.self, Timeline.self, Gaps.self]
    )
}
