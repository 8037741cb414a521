import Foundation
import LineageCore
import LineageDiagrams
import LineageGraphviz

/// Lays out diagrams with Graphviz, off the server's threads, and remembers the last few: the page asks for the
/// same picture on every click, and `dot` takes far longer than everything else a request does.
actor DiagramRenderer {
    private struct Key: Hashable {
        var head: String
        var options: DiagramOptions
    }

    private var cache: [Key: Data] = [:]
    /// Drawings being made: a burst of requests for the same picture waits for one `dot`, not one each.
    private var inFlight: [Key: Task<Data, any Error>] = [:]
    private var order: [Key] = []
    private let capacity = 24

    /// The SVG of the case at `head` drawn with `options`, as `lineage graph --format svg` writes it.
    ///
    /// - Throws: `BadRequest` when the options name something the case does not have; `GraphvizError`.
    func svg(of evidence: EvidenceCase, head: String, options: DiagramOptions) async throws -> Data {
        let key = Key(head: head, options: options)
        if let svg = cache[key] { return svg }
        let dot: String
        do throws(DiagramError) {
            dot = try Diagram.dot(of: evidence, options: options)
        } catch {
            throw BadRequest(error.optionWording)
        }
        if let running = inFlight[key] { return try await running.value }
        let task = Task { try await Self.render(dot) }
        inFlight[key] = task
        defer { inFlight[key] = nil }
        let svg = try await task.value
        cache[key] = svg
        order.append(key)
        if order.count > capacity { cache[order.removeFirst()] = nil }
        return svg
    }

    /// Runs `dot -Tsvg` on a thread of its own, since it blocks until Graphviz exits.
    private static func render(_ dot: String) async throws -> Data {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                do {
                    continuation.resume(returning: try Graphviz.render(dot, format: "svg"))
                } catch {
                    continuation.resume(throwing: error)
                }
            }.start()
        }
    }

    /// The `<svg>` element of Graphviz's output, without the prolog, doctype and comments before and inside it.
    /// Graphviz escapes every name it writes into elements and attributes; its comments name nodes too, and are
    /// dropped so that nothing from the evidence sits in the page outside an escaped element or attribute.
    static func inlineSVG(_ svg: Data) -> String {
        let document = String(decoding: svg, as: UTF8.self)
        guard let start = document.range(of: "<svg") else { return "" }
        var rest = document[start.lowerBound...]
        var result = ""
        while let open = rest.range(of: "<!--") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "-->") else { return result }
            rest = rest[close.upperBound...]
        }
        result += rest
        return result
    }
}
