/// The states a search has reached but not yet settled, earliest first: a binary min-heap ordered by day, then by
/// hop count, then by state number, so that ties always break the same way.
///
/// A state may be queued more than once (each time a better way to it is found); the search skips the stale
/// entries when it pops them, which is cheaper than a decrease-key on a heap of a million entries.
struct ArrivalQueue {
    struct Entry {
        var day: Int
        var hops: Int32
        var state: Int32

        func precedes(_ other: Entry) -> Bool {
            (day, hops, state) < (other.day, other.hops, other.state)
        }
    }

    private var entries: [Entry] = []

    var isEmpty: Bool { entries.isEmpty }

    /// - Complexity: O(log *n*) for *n* entries.
    mutating func push(_ entry: Entry) {
        entries.append(entry)
        var child = entries.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard entries[child].precedes(entries[parent]) else { break }
            entries.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes and returns the first entry.
    ///
    /// - Complexity: O(log *n*) for *n* entries.
    mutating func pop() -> Entry? {
        guard let first = entries.first else { return nil }
        let last = entries.removeLast()
        guard !entries.isEmpty else { return first }
        entries[0] = last
        var parent = 0
        while true {
            let left = 2 * parent + 1
            guard left < entries.count else { break }
            let right = left + 1
            let child = right < entries.count && entries[right].precedes(entries[left]) ? right : left
            guard entries[child].precedes(entries[parent]) else { break }
            entries.swapAt(child, parent)
            parent = child
        }
        return first
    }
}
