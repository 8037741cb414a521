import ArgumentParser
import LineageSynthetic

/// `--seed`: which population, shared by every subcommand so that batches and lists of one seed agree.
struct PopulationOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Which population to draw from: any number from 0.", valueName: "n"))
    var seed: UInt64 = 0

    var population: Population { Population(seed: seed) }
}
