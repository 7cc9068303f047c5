// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "baishihui",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "baishihui", targets: ["baishihui"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // MARK: - The terminal: the only place that touches ncursesw
        .systemLibrary(name: "CNCursesW", path: "Sources/CNCursesW"),
        .target(name: "TerminalBackend", dependencies: ["ScreenKit", "CNCursesW"]),

        // MARK: - Pure layers
        .target(
            name: "DataFile",
            dependencies: [.product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .target(
            name: "Domain",
            dependencies: ["DataFile", .product(name: "TOMLKit", package: "TOMLKit")],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "ScreenKit",
            dependencies: ["DataFile", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .target(
            name: "AppCore",
            dependencies: ["Domain", "ScreenKit", "DataFile"],
            resources: [.copy("Resources")]
        ),

        // MARK: - PIN hashes (scrypt), shared by the committee's and the street's storage
        .target(
            name: "PinHashing",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ]
        ),

        // MARK: - Storage
        .target(
            name: "Storage",
            dependencies: [
                "Domain", "PinHashing",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ]
        ),

        // MARK: - The street office's PostgreSQL: the only place with postgres-nio and PostgreSQL's SQL
        .target(
            name: "StreetStorage",
            dependencies: [
                "Domain", "PinHashing",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),

        // MARK: - Demo data: generated from a seed, written in bulk
        .target(name: "Demo", dependencies: ["Domain", "Storage"]),

        // MARK: - Wiring: command line, effects against storage, the run loop
        .target(
            name: "AppRuntime",
            dependencies: [
                "AppCore", "Storage", "TerminalBackend", "Domain", "ScreenKit", "DataFile",
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                "Demo", "StreetStorage",
            ]
        ),
        .executableTarget(name: "baishihui", dependencies: ["AppRuntime"]),
        // The crash test's driver (scripts/crash-test): saves as the screen does, then verifies.
        .executableTarget(name: "CrashDriver", dependencies: ["AppRuntime", "AppCore", "Storage", "Domain"]),

        // MARK: - Tests (Swift Testing)
        .testTarget(name: "DataFileTests", dependencies: ["DataFile"]),
        .testTarget(
            name: "DomainTests",
            dependencies: ["Domain", "DataFile", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Reference"]   // a copy of the standard the quiz bank's quotes are checked against
        ),
        .testTarget(name: "ScreenKitTests", dependencies: ["ScreenKit"]),
        .testTarget(name: "StorageTests", dependencies: ["Storage", "Domain", "PinHashing", .product(name: "Crypto", package: "swift-crypto")]),
        // Against a real PostgreSQL cluster the tests start in a temporary folder (initdb, pg_ctl), stopped at the end.
        .testTarget(
            name: "StreetTests",
            dependencies: ["StreetStorage", "AppRuntime", "AppCore", "ScreenKit", "Storage", "Domain", "PinHashing",
                           .product(name: "PostgresNIO", package: "postgres-nio"),
                           .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "TerminalBackendTests", dependencies: ["TerminalBackend", "ScreenKit"]),
        .testTarget(
            name: "AppCoreTests",
            dependencies: ["AppCore", "AppRuntime", "Storage", "Domain", "ScreenKit", "DataFile"],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "DemoTests",
            dependencies: ["Demo", "Storage", "Domain", "AppRuntime",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // MARK: - Benchmarks (scripts/bench; figures, never tests)
        .executableTarget(
            name: "baishihui-bench",
            dependencies: ["Storage", "Domain", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Sources/Bench"
        ),

        // MARK: - Fuzz targets (libFuzzer): `scripts/fuzz` builds them with `--sanitize fuzzer` and runs each
        .executableTarget(name: "FuzzAmount", dependencies: ["Domain"], path: "Tests/Fuzz/Targets/FuzzAmount"),
        .executableTarget(name: "FuzzDateTime", dependencies: ["Domain"], path: "Tests/Fuzz/Targets/FuzzDateTime"),
        .executableTarget(name: "FuzzImports", dependencies: ["Storage", "Domain", "DataFile"], path: "Tests/Fuzz/Targets/FuzzImports"),
        .executableTarget(name: "FuzzTheme", dependencies: ["ScreenKit"], path: "Tests/Fuzz/Targets/FuzzTheme"),
        .executableTarget(name: "FuzzKeymap", dependencies: ["ScreenKit"], path: "Tests/Fuzz/Targets/FuzzKeymap"),
        .executableTarget(name: "FuzzRuleSet", dependencies: ["Domain", "DataFile"], path: "Tests/Fuzz/Targets/FuzzRuleSet"),
        .executableTarget(name: "FuzzKeyDecoder", dependencies: ["TerminalBackend", "ScreenKit"], path: "Tests/Fuzz/Targets/FuzzKeyDecoder"),
    ]
)
