import Foundation
import LineageFiles
import LineageGraphviz

extension Graphviz {
    /// Renders DOT text with `dot -T<format>` (LineageGraphviz, the one place that runs `dot`), to `target` (through
    /// a temporary file put in place only when dot succeeds) or to standard output. `dot`'s own messages go
    /// straight to standard error.
    static func render(_ dot: String, format: String, to target: OutputFile?) throws {
        guard let target else {
            FileHandle.standardOutput.write(try rendered(dot, format: format))
            return
        }
        do {
            try target.write { (path: String) throws(GraphOutputError) in
                let data = try rendered(dot, format: format)
                do {
                    try data.write(to: URL(fileURLWithPath: path))
                } catch {
                    throw .cannotWrite(path, error.localizedDescription)
                }
            }
        } catch .producer(let error) {
            throw error
        } catch .output(let error) {
            throw Output.exit(error)
        }
    }

    private static func rendered(_ dot: String, format: String) throws(GraphOutputError) -> Data {
        do {
            return try render(dot, format: format)
        } catch {
            throw .graphviz(error)
        }
    }
}

/// Why a drawn diagram did not reach its destination.
enum GraphOutputError: Error, CustomStringConvertible {
    case graphviz(GraphvizError)
    case cannotWrite(String, String)

    var description: String {
        switch self {
        case .graphviz(.missing):
            // The library says what is missing; the CLI also names the option that needs no Graphviz.
            "Graphviz's dot is not on PATH, so SVG, PNG and PDF cannot be made. Install Graphviz (Debian and "
                + "Ubuntu: apt-get install graphviz), or write DOT with --format dot and render it elsewhere."
        case .graphviz(let error):
            error.description
        case .cannotWrite(let path, let reason):
            "cannot write \(path): \(reason)"
        }
    }
}
