/// How often each kind of noise strikes a recovered list's rows: each rate is the chance, drawn independently per
/// row, that a row gets it.
package struct NoiseRates: Sendable, Hashable {
    /// Rows written with one to three presentation variants (see `NoiseKind.isPresentationVariant`).
    package var variants: Double
    /// Rows with one kana of the reading replaced.
    package var typos: Double
    /// Rows with a new postal code and address.
    package var moved: Double

    package init(variants: Double = 0, typos: Double = 0, moved: Double = 0) {
        self.variants = variants
        self.typos = typos
        self.moved = moved
    }
}
