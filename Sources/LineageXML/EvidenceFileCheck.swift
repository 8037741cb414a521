internal import Foundation
import LineageCore

/// What can be said about an evidence file before parsing it, in the user's words rather than libxml2's: that it
/// cannot be read, that it is empty, or that it declares an encoding its bytes contradict.
enum EvidenceFileCheck {
    /// The problems found, and whether the file is worth parsing at all.
    static func check(path: String, displayPath: String, emptyFileAdvice: String? = nil)
        -> (diagnostics: [Diagnostic], readable: Bool)
    {
        let whole = SourceLocation(file: displayPath, line: 0)
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let reason =
                FileManager.default.isReadableFile(atPath: path)
                ? "the file cannot be opened" : "permission denied: the file cannot be read (check its permissions)"
            return ([.error(.unreadable, reason, at: whole)], false)
        }
        defer { try? handle.close() }
        // Foundation answers the end of a file with nil on Linux and empty data elsewhere: both mean no bytes.
        let head: Data
        do {
            head = try handle.read(upToCount: 512) ?? Data()
        } catch {
            return ([.error(.unreadable, "the file cannot be read", at: whole)], false)
        }
        if head.isEmpty {
            return (
                [
                    .error(
                        .emptyFile,
                        CaseLoader.Advice.message(
                            "the file is empty: an evidence file holds one <evidence> element", emptyFileAdvice),
                        at: whole)
                ], false
            )
        }
        if let declared = declaredEncoding(in: head), !isUTF8Name(declared),
            let utf8 = isNonASCIIUTF8(handle, head: head), utf8
        {
            return (
                [
                    .warning(
                        .encodingMismatch,
                        "the file declares encoding=\"\(declared)\" but its text is UTF-8: read as \(declared), "
                            + "every non-ASCII character (kanji, kana) turns into garbage; write encoding=\"UTF-8\"",
                        at: SourceLocation(file: displayPath, line: 1, column: 1))
                ], true
            )
        }
        return ([], true)
    }

    /// The `encoding` of the XML declaration at the start of `head`, if any.
    static func declaredEncoding(in head: Data) -> String? {
        let text = String(decoding: head.prefix(200), as: UTF8.self)
        guard text.hasPrefix("<?xml"), let end = text.range(of: "?>") else { return nil }
        let declaration = text[..<end.lowerBound]
        guard let key = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        let value = rest.dropFirst().prefix { $0 != quote }
        return value.isEmpty ? nil : String(value)
    }

    private static func isUTF8Name(_ name: String) -> Bool {
        ["utf-8", "utf8"].contains(name.lowercased())
    }

    /// Whether the whole file is valid UTF-8 with at least one non-ASCII character: text that a non-UTF-8
    /// declaration would misread. Reads on from `head` in chunks, so memory stays flat; nil when reading fails.
    private static func isNonASCIIUTF8(_ handle: FileHandle, head: Data) -> Bool? {
        var validator = UTF8Validator()
        validator.feed(head)
        while validator.isValid {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            } catch {
                return nil
            }
            if chunk.isEmpty { break }
            validator.feed(chunk)
        }
        return validator.isValid && validator.isComplete && validator.sawNonASCII
    }
}

/// A streaming UTF-8 check: fed bytes in chunks, it says whether they are well-formed UTF-8 so far.
struct UTF8Validator {
    private(set) var isValid = true
    private(set) var sawNonASCII = false
    /// Continuation bytes still expected for the current character.
    private var pending = 0
    /// The range the next continuation byte must fall in (tighter after E0, ED, F0, F4).
    private var nextRange: ClosedRange<UInt8> = 0x80...0xBF

    var isComplete: Bool { pending == 0 }

    mutating func feed(_ bytes: Data) {
        for byte in bytes where isValid {
            if pending > 0 {
                guard nextRange.contains(byte) else {
                    isValid = false
                    return
                }
                pending -= 1
                nextRange = 0x80...0xBF
                continue
            }
            switch byte {
            case 0x00...0x7F: continue
            case 0xC2...0xDF: pending = 1
            case 0xE0: (pending, nextRange) = (2, 0xA0...0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: pending = 2
            case 0xED: (pending, nextRange) = (2, 0x80...0x9F)
            case 0xF0: (pending, nextRange) = (3, 0x90...0xBF)
            case 0xF1...0xF3: pending = 3
            case 0xF4: (pending, nextRange) = (3, 0x80...0x8F)
            default:
                isValid = false
                return
            }
            sawNonASCII = true
        }
    }
}
