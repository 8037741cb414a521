extension CustodyPath {
    /// Whether the path's last hop is an entrustment (`basis="entrustment"`): the holder processes the data on the
    /// sender's behalf.
    public var arrivesByEntrustment: Bool {
        guard let last = steps.last, last.link == .transfer else { return false }
        return last.claim.basis == .entrustment
    }

    /// Whether a recipient is *entrusted*: it has a way in, and every way in (the best path to each of its
    /// holdings) is an entrustment. A processor that also bought a copy is not.
    package static func allEntrusted(_ paths: [CustodyPath]) -> Bool {
        !paths.isEmpty && paths.allSatisfy(\.arrivesByEntrustment)
    }
}
