import Dispatch

/// Work split over the cores, each worker writing only its own slot of an array: the one place the package
/// makes that promise to the compiler.
///
/// The slots are disjoint, so no two workers touch the same memory, and the array is read again only after every
/// worker has finished. That is what Swift's checker cannot see through an `inout` array, hence the one
/// `nonisolated(unsafe)` here rather than one in every caller.
package enum DisjointSlots {
    /// Calls `body(index, &slots[index])` for every index of `slots`, on as many cores as the machine has, and
    /// returns when all calls have.
    ///
    /// - Parameter body: runs concurrently with itself: it may write only the slot it is given, and read only
    ///   what no other call writes.
    package static func update<Element>(_ slots: inout [Element], _ body: (Int, inout Element) -> Void) {
        withoutActuallyEscaping(body) { body in
            slots.withUnsafeMutableBufferPointer { buffer in
                nonisolated(unsafe) let (buffer, body) = (buffer, body)
                DispatchQueue.concurrentPerform(iterations: buffer.count) { index in body(index, &buffer[index]) }
            }
        }
    }
}
