// swift-tools-version:6.0
import PackageDescription

// Layers, each importing only the ones above it in this list:
// Core → Inputs → Output → Markdown → Content → Archive → Plan → Theme → Render → Build → Editor, Serve → minhbach (CLI).
let package = Package(
    name: "MinhBach",
    // Linux only (see the README): no other platform is declared.
    products: [
        .executable(name: "minhbach", targets: ["minhbach"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
        // Reads the `.xlsx` workbooks `minhbach import` is given (a workbook is a zip of XML).
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // The memory allocator's options, a C global that jemalloc looks up (see the file).
        .target(name: "CAllocatorOptions"),
        .target(name: "MinhBachCore"),
        .target(name: "MinhBachInputs", dependencies: ["MinhBachCore"]),
        .target(name: "MinhBachOutput", dependencies: ["MinhBachCore"]),
        .target(name: "MinhBachMarkdown", dependencies: ["CCmarkGFM"]),
        .target(name: "MinhBachContent", dependencies: [
            "MinhBachCore", "MinhBachMarkdown", .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "MinhBachArchive", dependencies: ["MinhBachCore", "MinhBachContent"]),
        .target(name: "MinhBachPlan", dependencies: ["MinhBachCore", "MinhBachInputs", "MinhBachContent", "MinhBachArchive", "MinhBachOutput"]),
        // The default theme's files, compiled into the program as bytes.
        .target(name: "MinhBachTheme", resources: [.embedInCode("Theme")]),
        .target(name: "MinhBachRender", dependencies: [
            "MinhBachCore", "MinhBachContent", "MinhBachArchive", "MinhBachPlan", "MinhBachTheme",
        ]),
        .target(name: "MinhBachBuild", dependencies: [
            "MinhBachCore", "MinhBachInputs", "MinhBachContent", "MinhBachArchive", "MinhBachPlan", "MinhBachRender", "MinhBachOutput",
        ]),
        .target(name: "MinhBachEditor", dependencies: [
            "MinhBachCore", "MinhBachMarkdown", "MinhBachContent", "MinhBachArchive", "MinhBachTheme", .product(name: "Yams", package: "Yams"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], resources: [.embedInCode("Starter")]),
        .target(name: "MinhBachServe", dependencies: [
            "MinhBachCore", "MinhBachBuild",
            .product(name: "FlyingFox", package: "FlyingFox"), .product(name: "FlyingSocks", package: "FlyingFox"),
        ]),
        .executableTarget(
            name: "minhbach",
            dependencies: [
                "MinhBachBuild", "MinhBachCore", "MinhBachEditor", "MinhBachServe", "CAllocatorOptions",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // jemalloc (Debian's libjemalloc-dev) replaces glibc's malloc in the program. A build
            // makes and frees millions of small values on every core at once, and glibc's arenas
            // spent a tenth of the time in `_int_malloc` and `malloc_consolidate`; measured
            // side by side, full builds took 16 % (medium) and 23 % (national) less time with
            // jemalloc, at the same peak memory. The library's own tests keep glibc's malloc.
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]
        ),
        .testTarget(name: "MinhBachTests", dependencies: [
            "MinhBachCore", "MinhBachInputs", "MinhBachMarkdown", "MinhBachContent", "MinhBachArchive",
            "MinhBachPlan", "MinhBachTheme", "MinhBachRender", "MinhBachOutput", "MinhBachBuild", "MinhBachEditor", "MinhBachServe",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], exclude: ["Snapshots"]),
    ],
    swiftLanguageModes: [.v6]
)
