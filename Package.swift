// swift-tools-version: 6.1
import PackageDescription

/// Settings every target shares: Swift 6 mode with strict concurrency, and the upcoming features that make
/// imports and existentials explicit (the same loop swift-subprocess uses).
let sharedSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "ListLineage",
    products: [
        .executable(name: "lineage", targets: ["lineage"]),
        .library(name: "LineageCore", targets: ["LineageCore"]),
        .library(name: "LineageXML", targets: ["LineageXML"]),
        .library(name: "LineageProv", targets: ["LineageProv"]),
        .library(name: "LineageStore", targets: ["LineageStore"]),
        .library(name: "LineageDiagrams", targets: ["LineageDiagrams"]),
        .library(name: "LineageRecords", targets: ["LineageRecords"]),
        .library(name: "LineageTables", targets: ["LineageTables"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.3"),
        // Tests only: generated cases, with shrinking, for the properties every answer must keep.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        /// libxml2, seen only by LineageXML.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        /// The domain model, the lineage graph and its checks: no Foundation, no C, no I/O.
        .target(name: "LineageCore", swiftSettings: sharedSettings),
        /// W3C PROV: a document model, the mapping to and from a case, PROV-N and PROV-JSON.
        .target(name: "LineageProv", dependencies: ["LineageCore"], swiftSettings: sharedSettings),
        /// Evidence XML and PROV-XML in and out: the one thin layer over libxml2.
        .target(
            name: "LineageXML",
            dependencies: ["LineageCore", "LineageProv", "CLibXML2"],
            swiftSettings: sharedSettings
        ),
        /// The case store: an append-only, hash-chained log of evidence on SQLite (through GRDB).
        .target(
            name: "LineageStore",
            dependencies: [
                "LineageCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: sharedSettings
        ),
        /// Files the commands write: `-o` targets replaced whole or not at all, and a checked standard output.
        .target(name: "LineageFiles", dependencies: ["LineageCore"], swiftSettings: sharedSettings),
        /// Provenance diagrams as GraphViz DOT: pure text generation, no Foundation, no I/O.
        .target(name: "LineageDiagrams", dependencies: ["LineageCore"], swiftSettings: sharedSettings),
        /// Record-level attribution: reading customer-record files (CSV/TSV, UTF-8 or CP932), normalising their
        /// fields as Japanese lists differ, keyed fingerprints and matching a recovered list against record sets.
        .target(
            name: "LineageRecords",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: sharedSettings
        ),
        /// A case as five CSV tables (sources, parties, datasets, claims, cites) and back, for spreadsheets and
        /// tools that import tables.
        .target(name: "LineageTables", dependencies: ["LineageCore"], swiftSettings: sharedSettings),
        /// Made-up Japanese-style customer records for tests and benchmarks: deterministic, never real data.
        .target(name: "LineageSynthetic", swiftSettings: sharedSettings),
        /// `lineage-synth`: writes synthetic batches and recovered lists for tests and benchmarks.
        .executableTarget(
            name: "lineage-synth",
            dependencies: [
                "LineageSynthetic", "LineageRecords",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: sharedSettings
        ),
        /// The answers to the read commands, in text and JSON, and the reading and preparing of a case they share:
        /// library code, so that the command line, a server and tests give the same answer from the same code.
        .target(
            name: "LineageAnswers",
            dependencies: ["LineageCore", "LineageXML", "LineageStore", "LineageRecords"],
            swiftSettings: sharedSettings
        ),
        /// Graphviz's `dot` run as a child process: the one place that lays out a diagram as SVG, PNG or PDF.
        .target(name: "LineageGraphviz", swiftSettings: sharedSettings),
        /// `lineage serve`: the case in a browser and the read commands as a JSON API, on Hummingbird, calling the
        /// same library code as the command line.
        .target(
            name: "LineageServer",
            dependencies: [
                "LineageCore", "LineageXML", "LineageStore", "LineageDiagrams", "LineageAnswers", "LineageGraphviz",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            exclude: ["Assets"],
            swiftSettings: sharedSettings
        ),
        .executableTarget(
            name: "lineage",
            dependencies: [
                "LineageCore", "LineageXML", "LineageProv", "LineageStore", "LineageDiagrams", "LineageRecords",
                "LineageAnswers", "LineageTables", "LineageFiles", "LineageGraphviz", "LineageServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: sharedSettings
        ),
        /// `lineage-query-timing`: the in-process query latency that Benchmarks/queries.sh and compare.sh report,
        /// kept out of the product.
        .executableTarget(
            name: "lineage-query-timing",
            dependencies: ["LineageCore", "LineageAnswers"],
            path: "Benchmarks/QueryTiming",
            swiftSettings: sharedSettings
        ),
        /// What the test targets share: one `CaseBuilder` for cases written in code, and `withoutLocation` for
        /// comparing items read at different places. Not a product: only tests use it.
        .target(
            name: "LineageTestSupport", dependencies: ["LineageCore"], path: "Tests/LineageTestSupport",
            swiftSettings: sharedSettings),
        .testTarget(
            name: "LineageCoreTests", dependencies: ["LineageCore", "LineageTestSupport"], swiftSettings: sharedSettings),
        .testTarget(
            name: "LineageProvTests", dependencies: ["LineageCore", "LineageProv", "LineageXML", "LineageTestSupport"],
            exclude: ["prov_check.py", "Schemas", "Corpus"], swiftSettings: sharedSettings),
        .testTarget(
            name: "LineageTablesTests",
            dependencies: ["LineageCore", "LineageTables", "LineageXML", "LineageTestSupport"],
            swiftSettings: sharedSettings),
        .testTarget(
            name: "LineageXMLTests",
            dependencies: ["LineageCore", "LineageXML", "LineageTestSupport"],
            swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "LineageStoreTests",
            dependencies: [
                "LineageCore", "LineageXML", "LineageStore", "LineageAnswers", "LineageTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "LineageDiagramsTests",
            dependencies: ["LineageCore", "LineageDiagrams", "LineageTestSupport"],
            swiftSettings: sharedSettings
        ),
        /// The query semantics over generated cases: owners, grades, routes, gaps and left-out hops hold on any
        /// case, in every answer and both diagram views.
        .testTarget(
            name: "LineagePropertyTests",
            dependencies: [
                "LineageCore", "LineageDiagrams", "LineageTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "LineageRecordsTests",
            dependencies: [
                "LineageRecords", "LineageSynthetic", "LineageTestSupport",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "LineageSyntheticTests", dependencies: ["LineageSynthetic", "LineageRecords"],
            swiftSettings: sharedSettings),
        .testTarget(
            name: "LineageServerTests",
            dependencies: ["lineage"],
            swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "LineageCLITests",
            dependencies: ["lineage", "lineage-synth", "LineageTestSupport"],
            exclude: ["Golden"],
            resources: [.copy("Fixtures")],
            swiftSettings: sharedSettings
        ),
    ]
)
