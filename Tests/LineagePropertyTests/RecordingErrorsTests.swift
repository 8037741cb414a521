import LineageTestSupport
import PropertyBased
import Testing

/// A property whose body throws must fail: swift-property-based drops the error (`try?`), so every property body
/// that can throw runs inside `recordingErrors`.
@Suite struct RecordingErrorsTests {
    struct Unreadable: Error {}

    @Test func aPropertyWhoseBodyThrowsFails() async {
        // Two issues: the error, then propertyCheck's own report of the failing input. Without `recordingErrors`
        // there are none, and `withKnownIssue` fails.
        await withKnownIssue {
            await propertyCheck(count: 1, input: Gen.int(in: 0...9)) { _ in
                recordingErrors { throw Unreadable() }
            }
        }
    }
}
