import ArgumentParser
import Foundation
import LineageAnswers
import LineageCore
import LineageServer

extension Lineage {
    /// `lineage serve`: starts the case's web server; the server itself is the LineageServer library.
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the case in a browser: the diagram to click, its sources, the answers, a JSON API.",
            discussion: """
                Prints the page's address (http://127.0.0.1:PORT/) as the first line on standard output and \
                serves until interrupted. On a case store, evidence added with lineage add elsewhere appears \
                within seconds. With --allow-writes (one store only) the page can add evidence; every write must \
                carry the token printed on standard error. See docs/serve.md.
                """
        )

        @OptionGroup var input: EvidenceOptions

        @Option(help: "The port to listen on; 0 picks a free one.")
        var port = 8080

        @Option(help: "The address to listen on. Anything but a loopback address exposes the case to the network.")
        var host = "127.0.0.1"

        @Flag(help: "Let the page add evidence to the store (only with the token printed at start-up).")
        var allowWrites = false

        @OptionGroup var recorder: RecorderOption

        func validate() throws {
            guard !input.evidence.contains("-") else {
                throw ValidationError("serve reads its case again as it changes: name files or a store, not -.")
            }
            guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535.") }
        }

        func run() throws {
            if !ServerConfiguration.isLoopback(host) {
                StandardError.line(
                    "warning: listening on \(host): anyone who can reach this address can read the case")
            }
            let writes = allowWrites ? ServerConfiguration.Writes(recorder: recorder.name) : nil
            let configuration = ServerConfiguration(
                paths: input.evidence, host: host, port: port, maximumFileSize: input.maxFileSize, writes: writes)
            let server: CaseServer
            do {
                server = try CaseServer(configuration)
            } catch let error as CaseHasErrors {
                for diagnostic in error.diagnostics { StandardError.line(diagnostic.description) }
                StandardError.line(
                    "lineage serve: the evidence has \(error.diagnostics.count) error"
                        + "\(error.diagnostics.count == 1 ? "" : "s"); nothing served (lineage check lists them)")
                throw ExitCode.failure
            }
            if allowWrites, !server.acceptsWrites {
                throw ValidationError("--allow-writes needs exactly one case store and nothing else.")
            }
            let finished = DispatchSemaphore(value: 0)
            let failure = ServerTaskFailure()
            Task {
                do {
                    try await server.run { address in
                        if let writes {
                            StandardError.line("lineage serve: writes need this token (the page asks for it):")
                            StandardError.line(writes.token)
                        }
                        FileHandle.standardOutput.write(Data((address + "\n").utf8))
                    }
                } catch {
                    failure.error = error
                }
                finished.signal()
            }
            finished.wait()
            if let error = failure.error {
                StandardError.line("lineage serve: \(error)")
                throw ExitCode(74)
            }
        }
    }
}

/// The error the server task ended with, read after it has signalled.
private final class ServerTaskFailure: @unchecked Sendable {
    var error: (any Error)?
}
