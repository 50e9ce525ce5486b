// swift-tools-version: 6.1
import PackageDescription

let strictSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
  name: "Gazette",
  products: [
    .executable(name: "gazette", targets: ["gazette"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.0"),
  ],
  targets: [
    // libcmark, found with pkg-config; Debian's libcmark-dev provides it.
    .systemLibrary(
      name: "Ccmark",
      pkgConfig: "libcmark",
      providers: [.apt(["libcmark-dev"])]
    ),
    // The only module that imports Ccmark: Markdown in, Swift values out.
    .target(name: "Markdown", dependencies: ["Ccmark"], swiftSettings: strictSettings),
    // libyaml, found with pkg-config; Debian's libyaml-dev provides it.
    .systemLibrary(
      name: "Cyaml",
      pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"])]
    ),
    // The only module that imports Cyaml: YAML text in, a tree of text nodes out.
    .target(name: "YAML", dependencies: ["Cyaml"], swiftSettings: strictSettings),
    // Content model, loading, front matter, the site graph and diagnostics.
    .target(
      name: "GazetteCore",
      dependencies: ["Markdown", "YAML"],
      swiftSettings: strictSettings
    ),
    // Swift string templates: pure functions from site values to HTML.
    .target(
      name: "Templates",
      dependencies: ["GazetteCore"],
      path: "Templates",
      swiftSettings: strictSettings
    ),
    // The build: load, parse, render every page, write the output folder.
    .target(
      name: "Publishing",
      dependencies: ["GazetteCore", "Templates", "Markdown"],
      swiftSettings: strictSettings
    ),
    // `gazette serve`: the live preview server, its file watcher and reload events.
    .target(
      name: "Preview",
      dependencies: [
        "Publishing", "GazetteCore",
        .product(name: "FlyingFox", package: "FlyingFox"), .product(name: "FlyingSocks", package: "FlyingFox"),
      ],
      swiftSettings: strictSettings
    ),
    .executableTarget(
      name: "gazette",
      dependencies: [
        "Publishing", "GazetteCore", "Markdown", "Preview",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strictSettings,
      // jemalloc in place of glibc's malloc: a build allocates millions of small strings on
      // every core, and glibc's arenas made it about a tenth slower (Debian's libjemalloc-dev).
      linkerSettings: [.linkedLibrary("jemalloc")]
    ),
    .testTarget(name: "MarkdownTests", dependencies: ["Markdown"], swiftSettings: strictSettings),
    .testTarget(name: "YAMLTests", dependencies: ["YAML"], swiftSettings: strictSettings),
    .testTarget(name: "GazetteCoreTests", dependencies: ["GazetteCore"], swiftSettings: strictSettings),
    .testTarget(
      name: "PublishingTests",
      dependencies: ["Publishing", "GazetteCore", "Templates"],
      swiftSettings: strictSettings
    ),
    .testTarget(name: "PreviewTests", dependencies: ["Preview", "GazetteCore"], swiftSettings: strictSettings),
    .testTarget(name: "GazetteCommandTests", dependencies: ["gazette"], swiftSettings: strictSettings),
  ]
)
