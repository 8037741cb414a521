// The model's closed vocabularies, parsed straight from the command line (`--reliability B`, `--unit persons`);
// an unknown value is a usage error listing the allowed ones. Conformances of public types are public, hence the
// public import.
public import ArgumentParser
public import LineageCore
public import LineageRecords

extension Reliability: ExpressibleByArgument {}
extension Party.Kind: ExpressibleByArgument {}
extension Dataset.Kind: ExpressibleByArgument {}
extension CountUnit: ExpressibleByArgument {}
extension Claim.Operation: ExpressibleByArgument {}
extension Claim.Relation: ExpressibleByArgument {}
extension Claim.Basis: ExpressibleByArgument {}
extension Claim.EventKind: ExpressibleByArgument {}
extension RecordEncoding: ExpressibleByArgument {}
extension RecordFormat: ExpressibleByArgument {}
