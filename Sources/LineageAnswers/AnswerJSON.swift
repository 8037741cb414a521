package import Foundation

/// How every answer is written as JSON: pretty, key-sorted and without escaped slashes, so that output is stable
/// across runs and the same from the command line and the server.
package enum AnswerJSON {
    /// The JSON form of `value`, without a trailing newline.
    package static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }
}
