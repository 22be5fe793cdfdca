// swift-tools-version:6.0
import PackageDescription

// One set of settings for every target of ours: Swift 6 language mode is the
// package default at tools version 6.0; strict concurrency is complete there.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "maca",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "maca", targets: ["maca"]),
        .library(name: "MACAKit", targets: ["MACAKit"]),
    ],
    dependencies: [
        // Subcommands, help, validation and exit codes for the command line.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // YAML with source positions, so template errors can name file:line.
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // SHA-256 for the journal's hash chain (CryptoKit is not on Linux).
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        // RFC 4180 CSV: candidate lists exported from case systems (quoted
        // fields, embedded commas and newlines, BOMs from Excel).
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        // The ZIP container of a Word document (.docx): CRC-32 and deflate
        // rather than a ZIP writer of our own.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .executableTarget(
            name: "maca",
            dependencies: [
                "MACAKit",
                "MACARepl",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        // Benchmarks that print figures beside their floors (Documentation/Performance.md).
        .executableTarget(
            name: "maca-bench",
            dependencies: ["MACAKit", "MACATestSupport"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "MACAKit",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "MACARepl",
            dependencies: ["MACAKit", "CReadline"],
            swiftSettings: swiftSettings
        ),
        .systemLibrary(
            name: "CReadline",
            pkgConfig: "readline",
            providers: [.apt(["libreadline-dev"])]
        ),
        .target(
            name: "MACATestSupport",
            dependencies: ["MACAKit", .product(name: "CSV", package: "CSV.swift")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "MACAKitTests",
            // Crypto: to show a signature is not an HMAC with the partnership secret itself.
            // ZIPFoundation: to open the Word report's container as Word would.
            // Yams: to compare the YAML trees MACAKit composes two ways (ComposeYAMLTests).
            dependencies: [
                "MACAKit", "MACATestSupport", .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"), .product(name: "Yams", package: "Yams"),
            ],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "MACAReplTests",
            dependencies: ["MACARepl", "MACATestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "macaTests",
            // ArgumentParser: HelpRequestTests asks it for its own help text to compare.
            dependencies: [
                "maca", "MACAKit", "MACATestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["Golden"],
            swiftSettings: swiftSettings
        ),
    ]
)
