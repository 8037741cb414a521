#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file named with `-o`, written so that nothing is lost: the content goes to a temporary file beside the
/// target, which is then renamed over it with the target's mode (and, where allowed, owner), so a failure at
/// any point leaves the target as it was.
///
/// What may be written is checked before anything is (`docs/security.md`):
/// - a symbolic link is resolved and the file it names is written, the link kept;
/// - an input of the same command, and any file `isProtected` says must never be overwritten (a case store),
///   is refused, as are a hard-linked file (renaming would silently break the other links) and anything that
///   is not a regular file, except that
/// - a character device (`/dev/null`, `/dev/stdout`, a terminal) is written through, never replaced.
package struct OutputFile {
    /// The target as the user named it, for messages.
    package let path: String
    private let destination: Destination

    private enum Destination {
        /// A regular file, existing or to be created, at its resolved path, with the mode and owner it must get.
        case file(resolved: String, mode: mode_t, owner: (uid_t, gid_t)?)
        /// A character device, written through.
        case device(resolved: String)
    }

    /// Checks that `path` may be written.
    ///
    /// - Parameters:
    ///   - inputs: the files and folders the command reads; the target may be none of them.
    ///   - isProtected: whether an existing file must never be written over (by its content, not its name).
    /// - Throws: `.refused` for a target that must not be written, `.failed` for one that cannot be reached.
    package init(_ path: String, inputs: [String], isProtected: (String) -> Bool) throws(OutputError) {
        self.path = path
        var status = stat()
        if lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK, stat(path, &status) != 0 {
            throw OutputError(.failed, path: path, reason: "the symbolic link names nothing (\(Self.reason(errno)))")
        }
        guard let resolved = Self.resolve(path) else {
            throw OutputError(.failed, path: path, reason: Self.reason(errno))
        }
        guard stat(resolved, &status) == 0 else {
            guard errno == ENOENT else { throw OutputError(.failed, path: path, reason: Self.reason(errno)) }
            let mask = umask(0)
            umask(mask)
            destination = .file(resolved: resolved, mode: 0o666 & ~mask, owner: nil)
            return
        }
        if let input = inputs.first(where: { Self.isSameFile(status, $0) }) {
            throw OutputError(.refused, path: path, reason: "it is an input of this command (\(input))")
        }
        switch status.st_mode & S_IFMT {
        case S_IFCHR:
            destination = .device(resolved: resolved)
            return
        case S_IFREG:
            break
        case S_IFDIR:
            throw OutputError(.refused, path: path, reason: "it is a directory")
        default:
            throw OutputError(.refused, path: path, reason: "it is not a regular file")
        }
        if status.st_nlink > 1 {
            throw OutputError(
                .refused, path: path,
                reason: "it has \(status.st_nlink) hard links, which writing a new file would silently break")
        }
        if isProtected(resolved) {
            throw OutputError(.refused, path: path, reason: "it is a case store, which is never overwritten")
        }
        destination = .file(resolved: resolved, mode: status.st_mode & 0o7777, owner: (status.st_uid, status.st_gid))
    }

    /// Writes what `body` writes to the sink, then puts it in place.
    package func write(_ body: (inout FileSink) -> Void) throws(OutputError) {
        try write { (descriptor: Int32) throws(OutputError) in
            var sink = FileSink(descriptor: descriptor)
            body(&sink)
            sink.flush()
            if let failure = sink.failure { throw OutputError(.failed, path: path, reason: Self.reason(failure)) }
        }
    }

    /// Lets `produce` write the file at the path it is given (for a program that writes its own output, such as
    /// Graphviz's `dot -o`), then puts it in place.
    package func write<E: Error>(producing produce: (String) throws(E) -> Void) throws(OutputFileProduction<E>) {
        switch destination {
        case .device(let resolved):
            do { try produce(resolved) } catch { throw .producer(error) }
        case .file(let resolved, let mode, let owner):
            let temporary: (descriptor: Int32, path: String)
            do { temporary = try Self.temporaryFile(beside: resolved, for: path) } catch { throw .output(error) }
            close(temporary.descriptor)
            do {
                try produce(temporary.path)
            } catch {
                unlink(temporary.path)
                throw .producer(error)
            }
            let descriptor = open(temporary.path, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else {
                unlink(temporary.path)
                throw .output(OutputError(.failed, path: path, reason: Self.reason(errno)))
            }
            do {
                try place(descriptor, at: temporary.path, over: resolved, mode: mode, owner: owner)
            } catch { throw .output(error) }
        }
    }

    private func write(_ body: (Int32) throws(OutputError) -> Void) throws(OutputError) {
        switch destination {
        case .device(let resolved):
            let descriptor = open(resolved, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw OutputError(.failed, path: path, reason: Self.reason(errno)) }
            defer { close(descriptor) }
            try body(descriptor)
        case .file(let resolved, let mode, let owner):
            let temporary = try Self.temporaryFile(beside: resolved, for: path)
            do {
                try body(temporary.descriptor)
            } catch {
                close(temporary.descriptor)
                unlink(temporary.path)
                throw error
            }
            try place(temporary.descriptor, at: temporary.path, over: resolved, mode: mode, owner: owner)
        }
    }

    /// Gives the finished temporary file the target's mode and owner, makes it durable, and renames it over the
    /// target; removes it on any failure. Closes `descriptor`.
    private func place(
        _ descriptor: Int32, at temporary: String, over resolved: String, mode: mode_t, owner: (uid_t, gid_t)?
    ) throws(OutputError) {
        var failure: Int32?
        if let owner, fchown(descriptor, owner.0, owner.1) != 0, errno != EPERM { failure = errno }
        if failure == nil, fchmod(descriptor, mode) != 0 { failure = errno }
        if failure == nil, fsync(descriptor) != 0, errno != EINVAL { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if failure == nil, rename(temporary, resolved) != 0 { failure = errno }
        if let failure {
            unlink(temporary)
            throw OutputError(.failed, path: path, reason: Self.reason(failure))
        }
    }

    /// A new, empty file in the target's folder (so the rename stays on one file system), readable by its owner
    /// only until it is complete.
    private static func temporaryFile(beside resolved: String, for path: String) throws(OutputError) -> (
        descriptor: Int32, path: String
    ) {
        let (folder, name) = split(resolved)
        var template = Array("\(folder)/.\(name).lineage-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw OutputError(.failed, path: path, reason: reason(errno)) }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        return (descriptor, String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }

    /// The target with every symbolic link in it resolved: the file itself when it exists, else its folder
    /// resolved and its name appended. Nil (with `errno` set) when the folder cannot be resolved.
    private static func resolve(_ path: String) -> String? {
        if let real = realPath(path) { return real }
        guard errno == ENOENT else { return nil }
        let (folder, name) = split(path)
        guard let realFolder = realPath(folder.isEmpty ? "." : folder) else { return nil }
        return realFolder == "/" ? "/\(name)" : "\(realFolder)/\(name)"
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// A path's folder (empty for a bare name) and its last component.
    private static func split(_ path: String) -> (String, String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        let folder = String(path[..<slash])
        return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
    }

    /// Whether the file `status` describes is the one at `other`, by device and inode.
    private static func isSameFile(_ status: stat, _ other: String) -> Bool {
        var otherStatus = stat()
        guard stat(other, &otherStatus) == 0 else { return false }
        return otherStatus.st_dev == status.st_dev && otherStatus.st_ino == status.st_ino
    }

    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}

/// Why an output made by another program did not reach its target: the program failed, or the output did.
package enum OutputFileProduction<ProducerError: Error>: Error {
    case producer(ProducerError)
    case output(OutputError)
}
