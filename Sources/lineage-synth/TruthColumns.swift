import LineageSynthetic

/// The truth file's columns: `row`, `person`, `batches`, `noise`.
enum TruthColumns {
    static let headers = ["row", "person", "batches", "noise"]
}

extension RowEncoder {
    /// Appends the truth of data row `number`: the person's index, `seed:LOW:HIGH:N` or -1 for a stranger; the
    /// batches holding it; the noise applied. A dash stands for none.
    func append(_ truth: RecoveredList.Truth, of number: Int, to bytes: inout [UInt8]) {
        let person =
            switch truth.origin {
            case .population(let index, _): String(index)
            case .seed(let batch, let seed): "seed:\(batch.argument):\(seed)"
            case .stranger: "-1"
            }
        appendRow(
            [
                String(number), person,
                truth.batches.isEmpty ? "-" : truth.batches.map(\.argument).joined(separator: ","),
                truth.noise.isEmpty ? "-" : truth.noise.kinds.map(\.rawValue).joined(separator: ","),
            ], to: &bytes)
    }
}
