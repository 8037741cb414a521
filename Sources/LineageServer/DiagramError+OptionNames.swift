package import LineageDiagrams

extension DiagramError {
    /// The error worded with the options of `lineage graph` that gave the values: `--batch 'nope' names no
    /// dataset in the case`. The server answers in the command line's words (its query parameters are the
    /// options' names), so the CLI and the server share this one wording; the diagram library knows no options.
    package var optionWording: String {
        worded(
            batch: "--batch", focus: "--focus", trace: "--trace", depth: "--depth",
            filters: "--as-of, --known-by or --min-grade")
    }
}
