/// The states a search has reached but not yet settled, by day: one first-in, first-out bucket per day rank
/// (Dial's algorithm). Pushing and popping are O(1), and a whole search walks the buckets once, each in order.
///
/// Within a day, states come out in the order they went in, so among equally early ways the search settles the
/// ones found in fewer steps first, and the order is the same on every run. A state may be queued more than once
/// (each time an earlier day is found for it); the search skips entries for states already settled.
struct DayQueue {
    private var buckets: [[Int32]]
    /// The bucket being emptied, and the next entry in it: pushes never go below it.
    private var current = 0
    private var position = 0

    /// A queue for days ranked `0..<days`.
    init(days: Int) {
        buckets = Array(repeating: [], count: days)
    }

    /// Queues `state` on the day of rank `day`, which must not be before the last day popped.
    mutating func push(_ state: Int32, day: Int32) {
        buckets[Int(day)].append(state)
    }

    /// The first state of the earliest day, or nil when the queue is empty.
    mutating func pop() -> Int32? {
        while current < buckets.count {
            if position < buckets[current].count {
                position += 1
                return buckets[current][position - 1]
            }
            buckets[current] = []
            current += 1
            position = 0
        }
        return nil
    }
}
