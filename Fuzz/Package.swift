// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for MACAKit, built only by Scripts/fuzz (Documentation/Fuzzing.md).
// A package of its own so that the main package's `swift build` and
// `swift test` never see an executable without a `main`: libFuzzer supplies
// `main`, so each target is compiled as a library (-parse-as-library) and
// linked with -sanitize=fuzzer by Scripts/fuzz.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .unsafeFlags(["-parse-as-library"]),
]

let package = Package(
    name: "maca-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "maca", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "JournalFuzzer",
            dependencies: [.product(name: "MACAKit", package: "maca")],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "TemplateFuzzer",
            dependencies: [.product(name: "MACAKit", package: "maca")],
            swiftSettings: swiftSettings
        ),
    ]
)
