/// One row's normalised field values, reusable across rows.
///
/// Keeps its buffers between rows, so that normalising a row allocates nothing once they have grown. A slice
/// returned by `value(_:)` shares them: copy it before normalising the next row into the same `NormalisedRow` if
/// it must outlive that.
package struct NormalisedRow: Sendable {
    /// The normalised values one after another, from the start; its count is storage, not length.
    private var bytes: [UInt8] = []
    private var length = 0
    /// For each field (by ordinal): the start and end of its value in `bytes`.
    private var ranges = [Int](repeating: 0, count: RecordField.allCases.count * 2)
    /// Bit sets by ordinal.
    private var present: UInt8 = 0
    private var unusable: UInt8 = 0
    /// Working space of the normaliser, kept to avoid allocating per row.
    private var scalars: [UInt32] = []
    private var unquoted: [UInt8] = []

    package init() {}

    /// The normalised value (UTF-8 bytes) of `field`; nil when the file has no such column, the value is empty,
    /// or it could not be normalised.
    package func value(_ field: RecordField) -> ArraySlice<UInt8>? {
        guard present & (1 << field.ordinal) != 0 else { return nil }
        return bytes[ranges[2 * field.ordinal]..<ranges[2 * field.ordinal + 1]]
    }

    /// Whether `field` had a non-empty value that could not be normalised (a birth date that is no date, a phone
    /// with too few digits): reported as a count, never as the value.
    package func isUnusable(_ field: RecordField) -> Bool { unusable & (1 << field.ordinal) != 0 }

    mutating func removeAll() {
        length = 0
        present = 0
        unusable = 0
    }

    /// Normalises `value` (UTF-8) as `field` and keeps the result.
    mutating func store(_ field: RecordField, normalising value: UnsafeBufferPointer<UInt8>) {
        switch FieldNormaliser.normalise(value, as: field, using: &scalars, into: &bytes, at: length) {
        case .normalised(let end):
            ranges[2 * field.ordinal] = length
            ranges[2 * field.ordinal + 1] = end
            present |= 1 << field.ordinal
            length = end
        case .empty:
            break
        case .unusable:
            unusable |= 1 << field.ordinal
        }
    }

    /// Like `store(_:normalising:)` for the inside of a quoted field that holds `""`, which stands for `"`.
    mutating func store(_ field: RecordField, normalisingQuoted value: UnsafeBufferPointer<UInt8>) {
        var unquoted: [UInt8] = []
        swap(&unquoted, &self.unquoted)
        unquoted.removeAll(keepingCapacity: true)
        var index = 0
        while index < value.count {
            unquoted.append(value[index])
            index += value[index] == UInt8(ascii: "\"") ? 2 : 1
        }
        unquoted.withUnsafeBufferPointer { store(field, normalising: $0) }
        swap(&unquoted, &self.unquoted)
    }
}
