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
        let outcome = value.withUTF8 { normalise($0, as: field, using: &scalars, into: &output, at: 0) }
        guard case .normalised(let end) = outcome else { return nil }
        return Array(output[..<end])
    }

    enum Outcome: Equatable {
        /// Nothing but white space (or what the field's rules remove).
        case empty
        /// The value is `output[start..<end]`.
        case normalised(end: Int)
        /// Not empty, but not a value of the field.
        case unusable
    }

    /// Writes the normalised form of `utf8` (well-formed UTF-8) as `field` into `output` from `start`, growing
    /// `output` as needed: its count is storage, not the length of what was written. `scalars` is working space.
    static func normalise(
        _ utf8: UnsafeBufferPointer<UInt8>, as field: RecordField, using scalars: inout [UInt32],
        into output: inout [UInt8], at start: Int
    ) -> Outcome {
        let count = CompatibilityForm.normalise(utf8, into: &scalars)
        return scalars.withUnsafeMutableBufferPointer { scalars in
            var lower = 0
            var upper = count
            while lower < upper && ScalarClass.isSpace(scalars[lower]) { lower += 1 }
            while upper > lower && ScalarClass.isSpace(scalars[upper - 1]) { upper -= 1 }
            guard lower < upper else { return .empty }
            let value = UnsafeMutableBufferPointer(rebasing: scalars[lower..<upper])
            let needed = start + 4 * value.count + 16
            if output.count < needed { output.append(contentsOf: repeatElement(0, count: needed - output.count)) }
            return output.withUnsafeMutableBufferPointer { output in
                var writer = UTF8Writer(output.baseAddress! + start)
                guard appendValue(value, as: field, to: &writer) else { return .unusable }
                return writer.count == 0 ? .empty : .normalised(end: start + writer.count)
            }
        }
    }

    /// Applies `field`'s rules to `value` (NFKC, trimmed, not empty); false when the value is unusable.
    private static func appendValue(
        _ value: UnsafeMutableBufferPointer<UInt32>, as field: RecordField, to output: inout UTF8Writer
    ) -> Bool {
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
}
