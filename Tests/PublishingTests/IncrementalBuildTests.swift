import Foundation
import GazetteCore
import Testing

@testable import Publishing

/// A build after a change, using the parse cache and the manifest of the build before it,
/// must write exactly what a full build of the changed content writes.
@Suite struct IncrementalBuildTests {
  /// The sample newsletter copied to a temporary folder, its files dated an hour ago (so
  /// that their stamps are trusted), built once into `Site/`.
  struct Newsletter {
    let folder: URL
    var content: URL { folder.appendingPathComponent("Content") }

    init() throws {
      folder = try makeTemporaryFolder()
      try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Content"), to: content)
      let anHourAgo = Date(timeIntervalSinceNow: -3600)
      let files = FileManager.default.enumerator(atPath: content.path)
      while let path = files?.nextObject() as? String {
        try FileManager.default.setAttributes(
          [.modificationDate: anHourAgo], ofItemAtPath: content.appendingPathComponent(path).path)
      }
    }

    func build(into name: String) -> BuildResult {
      Builder.build(
        BuildOptions(content: content, output: folder.appendingPathComponent(name), searchIndexing: .disabled))
    }

    /// Replaces the first `old` in the file at `path` with `new`.
    func edit(_ path: String, replacing old: String, with new: String) throws {
      let url = content.appendingPathComponent(path)
      let text = try String(contentsOf: url, encoding: .utf8)
      let range = try #require(text.range(of: old), "\(path) has no '\(old)'")
      try text.replacingCharacters(in: range, with: new).write(to: url, atomically: false, encoding: .utf8)
    }

    /// Adds `text` at the end of the file at `path`.
    func append(_ text: String, to path: String) throws {
      let url = content.appendingPathComponent(path)
      try (String(contentsOf: url, encoding: .utf8) + text).write(to: url, atomically: false, encoding: .utf8)
    }

    /// Every output file's inputs digest, for the content as it is now.
    func outputInputs() throws -> [String: UInt64] {
      let site = try #require(Builder.assemble(BuildOptions(content: content, output: folder)).site)
      return Dictionary(uniqueKeysWithValues: makeOutputs(for: site).map { ($0.path, $0.inputs) })
    }
  }

  static let firstArticle = "issues/2017-23/01-sino-british-strategy.md"

  enum Change: String, CaseIterable, CustomTestStringConvertible {
    case articleText, articleClosingText, articleCountries, articleTitle, newArticle, deletedArticle
    case programDescription, siteConfig, issueTitle

    var testDescription: String { rawValue }

    /// The content file the change edits, creates or removes.
    var path: String {
      switch self {
      case .articleText, .articleClosingText, .articleCountries, .articleTitle, .deletedArticle: firstArticle
      case .newArticle: "issues/2017-23/99-late-news.md"
      case .programDescription: "programs/tysp.md"
      case .siteConfig: "site.yml"
      case .issueTitle: "issues/2017-23/issue.md"
      }
    }

    func apply(to newsletter: Newsletter) throws {
      switch self {
      case .articleText:
        try newsletter.edit(firstArticle, replacing: "\n---\n", with: "\n---\nA new opening sentence. ")
      case .articleClosingText:
        try newsletter.append("\nA new closing paragraph.\n", to: firstArticle)
      case .articleCountries:
        try newsletter.edit(firstArticle, replacing: "countries: [", with: "countries: [Laos, ")
      case .articleTitle:
        try newsletter.edit(firstArticle, replacing: "title: ", with: "title: Updated ")
      case .newArticle:
        try write(
          [
            path:
              "---\ntitle: Late news\nsection: \(try section(of: newsletter))\ncountries: [Laos]\nprograms: [tysp]\n---\nA late item about Laos.\n"
          ], to: newsletter.content)
      case .deletedArticle:
        try FileManager.default.removeItem(at: newsletter.content.appendingPathComponent(firstArticle))
      case .programDescription:
        try newsletter.edit("programs/tysp.md", replacing: "\n---\n", with: "\n---\nA new first paragraph.\n\n")
      case .siteConfig:
        try newsletter.edit("site.yml", replacing: "title: ", with: "title: The ")
      case .issueTitle:
        try newsletter.edit("issues/2017-23/issue.md", replacing: "title: ", with: "title: Special ")
      }
    }

    private func section(of newsletter: Newsletter) throws -> String {
      let text = try String(contentsOf: newsletter.content.appendingPathComponent(firstArticle), encoding: .utf8)
      let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("section: ") })
      return String(line.dropFirst("section: ".count))
    }
  }

  @Test(arguments: Change.allCases)
  func writesWhatAFullBuildWrites(after change: Change) throws {
    let newsletter = try Newsletter()
    let first = newsletter.build(into: "Site")
    #expect(!first.hasErrors, "\(first.diagnostics)")

    try change.apply(to: newsletter)
    let incremental = newsletter.build(into: "Site")
    let full = newsletter.build(into: "Full")
    #expect(!incremental.hasErrors, "\(incremental.diagnostics)")
    #expect(incremental.diagnostics == full.diagnostics)

    let incrementalFiles = try snapshot(of: newsletter.folder.appendingPathComponent("Site"))
    let fullFiles = try snapshot(of: newsletter.folder.appendingPathComponent("Full"))
    #expect(incrementalFiles.keys.sorted() == fullFiles.keys.sorted())
    for (path, data) in fullFiles where incrementalFiles[path] != data {
      Issue.record("\(path) differs from a full build's")
    }
    // Something was written, and only a part of the site was rendered again.
    let report = try #require(incremental.report)
    #expect(report.written + report.removed > 0)
    if change != .siteConfig {
      #expect(report.skipped > report.written)
      // A changed issue.md is parsed again with every article of its issue (11 files); a
      // deleted file leaves nothing to parse.
      let expected = change == .issueTitle ? 11 : change == .deletedArticle ? 0 : 1
      #expect(incremental.parsedFiles == expected, "parsed \(incremental.parsedFiles) files")
    }
  }

  /// Which pages a change to an article's first paragraph (its summary) reaches: its page,
  /// the next article's page (which links back to it), its issue and the lists that show
  /// it; not the other articles' pages.
  @Test func anArticleChangeReachesItsNeighboursNotTheWholeIssue() throws {
    let newsletter = try Newsletter()
    let before = try newsletter.outputInputs()
    try newsletter.edit("issues/2017-23/03-china-laos.md", replacing: "\n---\n", with: "\n---\nA new opening sentence. ")
    let after = try newsletter.outputInputs()
    let reached = Set(after.keys.filter { after[$0] != before[$0] })

    for page in ["issues/23/china-laos/", "issues/23/china-indonesia/", "issues/23/technology-transfer-convention/",
                 "issues/23/", "index.html", "countries/la/"] {
      #expect(reached.contains { $0.hasPrefix(page) && $0.hasSuffix("index.html") }, "\(page) not reached")
    }
    for page in ["issues/23/sino-british-strategy/", "issues/23/china-ukraine-exhibition/", "reports/cistrat-2021-2022/"] {
      #expect(!reached.contains(page + "index.html"), "\(page) reached")
    }
    #expect(reached.contains("feed.xml"))
    // The sitemap shows addresses and dates, which the edit leaves as they were.
    #expect(!reached.contains("sitemap.xml"))
  }

  /// A change below an article's first paragraph leaves what lists show as it was: it
  /// reaches the two pages that show the article's text, and no list.
  @Test func aChangeBelowTheSummaryReachesOnlyTheArticleAndItsIssue() throws {
    let newsletter = try Newsletter()
    let before = try newsletter.outputInputs()
    try newsletter.append("\nA new closing paragraph.\n", to: "issues/2017-23/03-china-laos.md")
    let after = try newsletter.outputInputs()
    let reached = Set(after.keys.filter { after[$0] != before[$0] })
    #expect(reached == ["issues/23/china-laos/index.html", "issues/23/index.html"])
  }

  @Test func parsesAndRendersNothingWhenNothingChanged() throws {
    let newsletter = try Newsletter()
    let first = newsletter.build(into: "Site")
    let again = newsletter.build(into: "Site")
    #expect(first.parsedFiles > 20)
    #expect(again.parsedFiles == 0)
    let report = try #require(again.report)
    #expect(report.written == 0)
    #expect(report.skipped == report.unchanged)
  }

  @Test func aDamagedCacheMeansAFullBuild() throws {
    let newsletter = try Newsletter()
    let first = newsletter.build(into: "Site")
    let store = CacheStore(output: newsletter.folder.appendingPathComponent("Site"))
    let parts = try FileManager.default.contentsOfDirectory(atPath: store.folder.path).filter { $0.hasSuffix(".part") }
    #expect(parts.count == 3, "issues/2017-23, programs, reports: \(parts)")
    for name in parts {
      let file = store.folder.appendingPathComponent(name)
      var bytes = try Data(contentsOf: file)
      bytes[bytes.count / 2] ^= 0xFF
      try bytes.write(to: file)
    }
    try newsletter.edit(Self.firstArticle, replacing: "title: ", with: "title: Again ")

    // Every part is damaged: every file is parsed again.
    let second = newsletter.build(into: "Site")
    #expect(second.parsedFiles == first.parsedFiles)
    _ = newsletter.build(into: "Full")
    let built = try snapshot(of: newsletter.folder.appendingPathComponent("Site"))
    let full = try snapshot(of: newsletter.folder.appendingPathComponent("Full"))
    #expect(built.keys.sorted() == full.keys.sorted())
    for (path, data) in full where built[path] != data {
      Issue.record("\(path) differs from a full build's")
    }
  }

  /// A file changed a moment ago has no trusted stamp: two changes in quick succession
  /// (faster than the file system's clock ticks) are both seen.
  @Test func seesTwoQuickChangesToAnIssue() throws {
    let newsletter = try Newsletter()
    _ = newsletter.build(into: "Site")
    try newsletter.edit("issues/2017-23/issue.md", replacing: "date: 2017-12-15", with: "date: 2017-12-16")
    _ = newsletter.build(into: "Site")
    try newsletter.edit("issues/2017-23/issue.md", replacing: "date: 2017-12-16", with: "date: 2017-12-17")
    let second = newsletter.build(into: "Site")
    #expect(second.parsedFiles == 11)
    _ = newsletter.build(into: "Full")
    let article = "issues/23/china-laos/index.html"
    let built = try String(contentsOf: newsletter.folder.appendingPathComponent("Site/" + article), encoding: .utf8)
    #expect(built.contains("2017-12-17"))
    #expect(
      try snapshot(of: newsletter.folder.appendingPathComponent("Site"))
        == snapshot(of: newsletter.folder.appendingPathComponent("Full")))
  }

  @Test func aDamagedIndexMeansAFullBuild() throws {
    let newsletter = try Newsletter()
    let first = newsletter.build(into: "Site")
    let index = CacheStore(output: newsletter.folder.appendingPathComponent("Site")).folder
      .appendingPathComponent("index")
    try Data("gazette-parse-cache 2".utf8).write(to: index)
    #expect(newsletter.build(into: "Site").parsedFiles == first.parsedFiles)
    // The full build stored a whole new cache.
    #expect(newsletter.build(into: "Site").parsedFiles == 0)
  }

  @Test func aCacheOfAnotherGazetteIsNotUsed() throws {
    let newsletter = try Newsletter()
    _ = newsletter.build(into: "Site")
    let store = CacheStore(output: newsletter.folder.appendingPathComponent("Site"))
    let stored = store.load(version: Builder.version)
    #expect(stored.count > 20)
    #expect(store.load(version: "another").count == 0)
  }
}
