import Foundation

/// A temporary folder that is removed when the last reference to it goes, so a test leaves nothing in /tmp even
/// when an expectation fails half-way.
final class Scratch {
    let url: URL
    var path: String { url.path }

    init(_ prefix: String = "lineage-test") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        // Tests make folders read-only and nodes in them; give the folder back before removing it.
        chmod(url.path, 0o755)
        try? FileManager.default.removeItem(at: url)
    }

    /// The path of `name` in the folder.
    func file(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `text` to `name` in the folder and returns its path.
    @discardableResult
    func write(_ text: String, to name: String) throws -> String {
        try Data(text.utf8).write(to: url.appendingPathComponent(name))
        return file(name)
    }

    /// Makes a device node `name` here with the given major and minor numbers, as the real `/dev/null` (1, 3)
    /// or `/dev/full` (1, 7), without touching `/dev` (Linux's encoding of small numbers). Nil when this process
    /// may not (only root may).
    func device(_ name: String, major: UInt32, minor: UInt32) -> String? {
        mknod(file(name), S_IFCHR | 0o666, dev_t(major) << 8 | dev_t(minor)) == 0 ? file(name) : nil
    }

    /// Writes `text` to `path` (relative to the folder), creating folders on the way.
    @discardableResult
    func write(_ path: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return path
    }

    /// Copies the fixture at `fixture` (relative to the fixtures folder) to `path`.
    @discardableResult
    func copy(fixture: String, to path: String) throws -> String {
        try write(path, String(contentsOf: LineageBinary.fixtures.appendingPathComponent(fixture), encoding: .utf8))
    }

    /// Runs `lineage arguments...` in this folder.
    func run(_ arguments: [String], input: Data? = nil) throws -> LineageBinary.Outcome {
        try LineageBinary.run(arguments, in: url, input: input)
    }

    /// Whether this process runs as root, where file modes do not stop it: permission tests then run the
    /// binary as `nobody`, and device tests can make their own nodes.
    static var isRoot: Bool { getuid() == 0 }
}

extension LineageBinary {
    /// Runs `lineage arguments...` in `directory` with standard output going to the file or device at
    /// `standardOutput`, optionally as the user `nobody` (through `setpriv`, when this process is root).
    static func run(
        _ arguments: [String], in directory: URL, standardOutput: String, asNobody: Bool = false
    ) throws -> Outcome {
        let scratch = try Scratch("lineage-run")
        let errorFile = scratch.file("stderr")
        _ = FileManager.default.createFile(atPath: errorFile, contents: nil)
        let process = Process()
        if asNobody {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=nobody", "--regid=nogroup", "--clear-groups", url.path] + arguments
        } else {
            process.executableURL = url
            process.arguments = arguments
        }
        process.currentDirectoryURL = directory
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: standardOutput))
        let error = try FileHandle(forWritingTo: URL(fileURLWithPath: errorFile))
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try output.close()
        try error.close()
        return Outcome(
            status: process.terminationStatus,
            // A device (a full disk's /dev/full) is not read back: it gives zeros forever.
            standardOutput: (try? FileManager.default.attributesOfItem(atPath: standardOutput)[.type] as? FileAttributeType)
                == .typeRegular ? try String(contentsOfFile: standardOutput, encoding: .utf8) : "",
            standardError: try String(contentsOfFile: errorFile, encoding: .utf8))
    }
}

/// A small evidence file: one source, three parties, two datasets, an extraction and a transfer, with `extra`
/// inserted before the end.
func evidence(_ extra: String = "") -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <evidence xmlns="urn:listlineage:evidence:1">
      <source id="s-police" title="Police statement" date="2014-07-17" reliability="B"/>
      <party id="company" kind="organization" name="Company"/>
      <party id="insider" kind="person" name="Insider"/>
      <party id="broker" kind="organization" name="Broker"/>
      <dataset id="db-customers" kind="database" name="Customers" owner="company"/>
      <dataset id="batch-1" kind="batch" name="Batch" owner="company"/>
      <extraction id="x1" dataset="batch-1" from="db-customers" by="insider" when="2014-06">
        <cite source="s-police" credibility="2"/>
      </extraction>
      <transfer id="t1" dataset="batch-1" from="insider" to="broker" when="2014-06">
        <cite source="s-police" credibility="2"/>
      </transfer>
    \(extra)</evidence>

    """
}
