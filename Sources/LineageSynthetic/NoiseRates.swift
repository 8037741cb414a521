/// How often each kind of noise strikes a recovered list's rows: each rate is the chance, drawn independently per
/// row, that a row gets it.
public struct NoiseRates: Sendable, Hashable {
    /// Rows written with one to three presentation variants (see `NoiseKind.isPresentationVariant`).
    public var variants: Double
    /// Rows with one kana of the reading replaced.
    public var typos: Double
    /// Rows with a new postal code and address.
    public var moved: Double

    public init(variants: Double = 0, typos: Double = 0, moved: Double = 0) {
        self.variants = variants
        self.typos = typos
        self.moved = moved
    }
}
