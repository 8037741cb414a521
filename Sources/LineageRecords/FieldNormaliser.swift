/// Normalises field values the way Japanese lists differ in practice, so that the same person's record in two
/// lists gives the same bytes (and so the same fingerprint).
///
/// Every field is first put in Unicode NFKC (see `CompatibilityForm`) and trimmed of white space; then each
/// field has its own rules, documented with the function that applies them. `RecordBlock.normalise` and
/// `normalise(_:as:)` share this one implementation, so a value looked up from the command line matches the
/// same value read from a file byte for byte.
public enum FieldNormaliser {
    /// Normalising one value, for `lineage lookup`, where the values come from the command line: nil when the
    /// value is empty or cannot be normalised.
    public static func normalise(_ value: String, as field: RecordField) -> [UInt8]? {
        var value = value
        var scalars: [UInt32] = []
        var output: [UInt8] = []
        let outcome = value.withUTF8 { normalise($0, as: field, using: &scalars, appendingTo: &output) }
        return outcome == .normalised ? output : nil
    }

    enum Outcome {
        /// Nothing but white space (or what the field's rules remove).
        case empty
        case normalised
        /// Not empty, but not a value of the field: left in `output`, to be removed by the caller.
        case unusable
    }

    /// Appends the normalised form of `utf8` (well-formed UTF-8) as `field` to `output`; `scalars` is working space.
    static func normalise(
        _ utf8: UnsafeBufferPointer<UInt8>, as field: RecordField, using scalars: inout [UInt32],
        appendingTo output: inout [UInt8]
    ) -> Outcome {
        scalars.removeAll(keepingCapacity: true)
        CompatibilityForm.appendScalars(normalising: utf8, to: &scalars)
        let start = output.count
        let isUsable = scalars.withUnsafeMutableBufferPointer { scalars in
            var lower = 0
            var upper = scalars.count
            while lower < upper && ScalarClass.isSpace(scalars[lower]) { lower += 1 }
            while upper > lower && ScalarClass.isSpace(scalars[upper - 1]) { upper -= 1 }
            let value = UnsafeMutableBufferPointer(rebasing: scalars[lower..<upper])
            guard !value.isEmpty else { return true }
            switch field {
            case .nameKanji: return appendKanjiName(value, to: &output)
            case .nameKana: return appendReading(value, to: &output)
            case .birthDate: return appendBirthDate(value, to: &output)
            case .phone: return appendPhone(value, to: &output)
            case .postalCode: return appendPostalCode(value, to: &output)
            case .address: return appendAddress(value, to: &output)
            case .gender:
                // NFKC and trimming only: `gender` is no part of any match key.
                for scalar in value { output.appendUTF8(scalar) }
                return true
            }
        }
        guard isUsable else { return .unusable }
        return output.count == start ? .empty : .normalised
    }
}
