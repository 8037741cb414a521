import Foundation
import LineageDiagrams

extension Graphviz {
    /// How a diagram fits `page`: `dot` lays it out at full size (`-Tplain`, without the page bound) and reports
    /// its width and height. Nil when `dot` is missing or fails; the diagram then keeps its page bound as it is.
    static func fit(_ graph: DOTGraph, on page: DiagramOptions.Page) -> PageFit? {
        var unbounded = graph
        unbounded.attributes["size"] = nil
        guard let executable = find("dot") else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-Tplain"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            signal(SIGPIPE, SIG_IGN)
            // dot reads the whole graph before it writes anything, so writing first cannot deadlock.
            try input.fileHandleForWriting.write(contentsOf: Data(DOTWriter.string(unbounded).utf8))
            try input.fileHandleForWriting.close()
        } catch {
            return nil
        }
        let layout = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        // The first line is `graph <scale> <width> <height>`, in inches.
        let first = String(decoding: layout.prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self).split(separator: " ")
        guard first.count == 4, first[0] == "graph", let width = Double(first[2]), let height = Double(first[3]) else {
            return nil
        }
        return PageFit(page: page, width: width, height: height)
    }
}
