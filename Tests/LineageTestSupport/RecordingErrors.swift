public import Testing

/// Runs a property's body and records what it throws as a failure.
///
/// swift-property-based runs a `propertyCheck` body under `try?` (its `countIssues`), so an error the body throws is
/// dropped and the property passes: a comparison that could not even be made (a store that would not open, a part
/// that does not check) would count as agreement. A failed `#require` has already recorded its own issue before it
/// throws, so it is not recorded twice.
public func recordingErrors(
    _ comment: @autoclosure () -> Comment? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation,
    _ body: () throws -> Void
) {
    do {
        try body()
    } catch is ExpectationFailedError {
    } catch {
        Issue.record(error, comment(), sourceLocation: sourceLocation)
    }
}
