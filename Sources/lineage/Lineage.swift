import ArgumentParser
import LineageFiles

/// `lineage`: traces how leaked personal data travels through list brokers, from cited evidence.
@main
struct Lineage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lineage",
        abstract: "Trace how leaked personal data travels through list brokers, from cited, graded evidence.",
        discussion: """
            Evidence is XML in the namespace urn:listlineage:evidence:1 (see Schemas/evidence-1.xsd). A case is \
            every evidence file under the paths you name, or a case store (lineage init) holding evidence added \
            over time; read commands take both. Data goes to standard output, messages to standard error. \
            \(ExitStatus.help)
            """,
        version: "0.1.0",
        subcommands: [
            New.self, Check.self, Graph.self, Received.self, Trace.self, Timeline.self, Gaps.self, Serve.self,
            Init.self, Add.self, Retract.self, Verify.self, Log.self, Export.self, Import.self,
            Fingerprint.self, Seed.self, Match.self, Lookup.self, Records.self,
        ]
    )

    /// Parses the command line after letting `lineage add <case> <kind> ...` through as `lineage add <kind>
    /// <case> ...` (see `Add.kindFirst`), runs the command, and ends every failure with the status
    /// `Failure` gives it. Whatever the command printed is checked on the way out: an answer that did not reach
    /// standard output is status 74, never 0.
    static func main() {
        StandardOutput.checkAtExit()
        do {
            var command = try parseAsRoot(Add.kindFirst(Array(CommandLine.arguments.dropFirst())))
            try command.run()
        } catch {
            exit(withError: Failure.exitError(for: error))
        }
    }
}
