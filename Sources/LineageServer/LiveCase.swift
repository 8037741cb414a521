import Foundation
import LineageAnswers
import LineageCore
import LineageStore
import LineageXML

/// The case being served, read again when another writer adds to one of its stores: the page and the API always
/// answer from the case as its stores hold it now, within `recheckInterval`.
///
/// Evidence files and folders are read once, at start-up; only stores are watched (a store's head changes with
/// every entry, while a file being edited may be half-written).
actor LiveCase {
    /// A case as read at one store head, with the prepared forms the queries asked for so far.
    struct Snapshot: Sendable {
        let loaded: CaseLoader.Result
        /// The stores' heads joined; changes whenever any store gains an entry.
        let head: String
    }

    let paths: [String]
    let maximumFileSize: Int
    let stores: [String]
    private var snapshot: Snapshot
    private var checkedAt: ContinuousClock.Instant
    private var prepared: [CaseFilter: PreparedCase] = [:]
    /// How stale a store head may be before a request looks again: well under the five seconds the page allows.
    static let recheckInterval: Duration = .milliseconds(500)

    /// Reads the case once.
    ///
    /// - Throws: `CaseHasErrors` when the case has errors: a server answering from such a case would answer
    ///   from evidence that is not what the investigator wrote.
    init(paths: [String], maximumFileSize: Int) throws {
        self.paths = paths
        self.maximumFileSize = maximumFileSize
        stores = paths.filter(CaseStore.isStore(at:))
        let head = try Self.head(of: stores)
        let loaded = try CaseReading.read(paths, maximumFileSize: maximumFileSize)
        // The rule every query applies: PreparedCase refuses a case with errors.
        _ = try PreparedCase(loaded, filter: CaseFilter())
        snapshot = Snapshot(loaded: loaded, head: head)
        checkedAt = ContinuousClock.now
    }

    /// The case as its stores hold it now.
    func current() throws -> Snapshot {
        let now = ContinuousClock.now
        guard !stores.isEmpty, now - checkedAt >= Self.recheckInterval else { return snapshot }
        checkedAt = now
        let head = try Self.head(of: stores)
        if head != snapshot.head {
            snapshot = Snapshot(loaded: try CaseReading.read(paths, maximumFileSize: maximumFileSize), head: head)
            prepared = [:]
        }
        return snapshot
    }

    /// The case filtered and prepared for queries, made once per filter and head.
    func prepared(_ filter: CaseFilter) throws -> (Snapshot, PreparedCase) {
        let snapshot = try current()
        if let ready = prepared[filter] { return (snapshot, ready) }
        let ready = try PreparedCase(snapshot.loaded, filter: filter)
        if prepared.count >= 32 { prepared = [:] }
        prepared[filter] = ready
        return (snapshot, ready)
    }

    /// Forgets the time of the last check, so that the next request reads a store this server has just written.
    func invalidate() {
        checkedAt = ContinuousClock.now - Self.recheckInterval
    }

    private static func head(of stores: [String]) throws -> String {
        try stores.map { try CaseStore(opening: $0, readOnly: true).headHash() }.joined(separator: ",")
    }
}
