import Foundation
import LineageGraphviz

extension Graphviz {
    /// Renders DOT text with `dot -T<format>`, to `path` or to standard output.
    static func render(_ dot: String, format: String, to path: String?) throws(GraphOutputError) {
        let data: Data
        do {
            data = try render(dot, format: format)
        } catch {
            throw .graphviz(error)
        }
        try GraphOutput.write(data, to: path)
    }
}

/// Writing a diagram out.
enum GraphOutput {
    /// Writes `data` to `path`, or to standard output when there is none.
    static func write(_ data: Data, to path: String?) throws(GraphOutputError) {
        guard let path else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: path))
        } catch {
            throw .cannotWrite(path, error.localizedDescription)
        }
    }
}

/// Why a drawn diagram did not reach its destination.
enum GraphOutputError: Error, CustomStringConvertible {
    case graphviz(GraphvizError)
    case cannotWrite(String, String)

    var description: String {
        switch self {
        case .graphviz(let error):
            error.description
        case .cannotWrite(let path, let reason):
            "cannot write \(path): \(reason)"
        }
    }
}
