// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Hindsight",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "hindsight", targets: ["hindsight"]),
        .library(name: "HindsightCore", targets: ["HindsightCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // swift-mustache 2.1.1 with Hindsight's speed patches (Vendor/swift-mustache/PATCHES.md).
        .package(path: "Vendor/swift-mustache"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // The CommonMark reference library, from Debian's libcmark-dev.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // The only code that touches cmark's C pointers.
        .target(name: "CommonMark", dependencies: ["CCmark"]),
        // Every stage of Hindsight: discover, parse, validate, measure, render, write.
        .target(
            name: "HindsightCore",
            dependencies: [
                "CommonMark", .product(name: "Mustache", package: "swift-mustache"), .product(name: "Yams", package: "Yams"),
                // The HTTP server of `hindsight serve` (docs/serve.md says why this one).
                .product(name: "FlyingFox", package: "FlyingFox"),
            ],
            plugins: ["EmbedThemePlugin"]
        ),
        // Embeds theme/ in the library at build time.
        .executableTarget(name: "ThemeEmbedder"),
        .plugin(name: "EmbedThemePlugin", capability: .buildTool(), dependencies: ["ThemeEmbedder"]),
        // The thin command-line shell.
        .executableTarget(
            name: "hindsight",
            dependencies: [
                "HindsightCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The libFuzzer target (scripts/fuzz.sh); a replayer of saved inputs in a normal build.
        .executableTarget(name: "hindsight-fuzz", dependencies: ["HindsightCore"], path: "Sources/HindsightFuzz"),
        .testTarget(name: "CommonMarkTests", dependencies: ["CommonMark"]),
        .testTarget(
            name: "HindsightCoreTests",
            dependencies: ["HindsightCore"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
