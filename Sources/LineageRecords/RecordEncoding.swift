/// How a record file's bytes are encoded.
///
/// Japanese lists are often Shift_JIS as Windows writes it (CP932, with the NEC and IBM extensions such as ①),
/// so that is the one legacy encoding offered; everything else is expected to be converted to UTF-8 first.
public enum RecordEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case cp932
}
