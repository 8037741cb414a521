extension RecoveredList {
    /// Why a list cannot be drawn as asked: the description says which number is wrong and why.
    package struct RecipeError: Error, Sendable, CustomStringConvertible {
        package var description: String

        static func check(
            sources: [Source], rowCount: Int, strangerShare: Double, noise: NoiseRates
        ) throws(RecipeError) {
            guard rowCount >= 0 else { throw RecipeError(description: "a list cannot have \(rowCount) rows") }
            for source in sources {
                guard source.positions.lowerBound >= 0, source.positions.upperBound <= Population.capacity else {
                    throw RecipeError(description: "positions \(source.positions) lie outside the population")
                }
                guard source.share > 0, source.share.isFinite else {
                    throw RecipeError(description: "a source's share must be positive, not \(source.share)")
                }
            }
            let rates = [
                ("strangers", strangerShare), ("variants", noise.variants), ("typos", noise.typos),
                ("moved", noise.moved),
            ]
            for (name, rate) in rates where !(0...1).contains(rate) {
                throw RecipeError(description: "\(name) must be a share from 0 to 1, not \(rate)")
            }
        }
    }
}
