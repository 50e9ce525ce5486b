import Foundation
import GazetteCore
import Templates
import Testing

@testable import Publishing

/// `gazette serve`'s builds: after each kind of change, the session's output folder holds
/// what a full build of the changed content writes, and an edit to an article's or a
/// report's text below its first paragraph is applied without building the site again.
@Suite struct BuildSessionTests {
  typealias Newsletter = IncrementalBuildTests.Newsletter
  typealias Change = IncrementalBuildTests.Change

  /// A session that has built the newsletter into `Preview/`.
  struct Preview {
    let newsletter: Newsletter
    var session = BuildSession(cache: ParseCache(version: Builder.version))
    var options: BuildOptions {
      BuildOptions(
        content: newsletter.content, output: newsletter.folder.appendingPathComponent("Preview"),
        searchIndexing: .disabled)
    }

    init() throws {
      newsletter = try Newsletter()
      let first = session.build(options)
      #expect(!first.hasErrors, "\(first.diagnostics)")
    }

    /// The session's build after the files at `paths` (content paths) changed.
    mutating func rebuild(after paths: [String]) -> BuildResult {
      let changed = paths.map { newsletter.content.standardizedFileURL.appendingPathComponent($0).path }
      return session.rebuild(options, changedPaths: Set(changed))
    }

    /// Expects the preview folder to hold what a full build writes: the same files with the
    /// same bytes, and a manifest that says the same (the session adds lines to its end).
    func expectSameAsFullBuild(_ result: BuildResult) throws {
      let full = newsletter.build(into: "Full")
      #expect(!result.hasErrors, "\(result.diagnostics)")
      #expect(result.diagnostics == full.diagnostics)
      var preview = try snapshot(of: options.output)
      var expected = try snapshot(of: newsletter.folder.appendingPathComponent("Full"))
      #expect(preview.keys.sorted() == expected.keys.sorted())
      let manifests = try [preview, expected].map { files in
        let data = try #require(files[Manifest.fileName])
        return try #require(Manifest(text: String(decoding: data, as: UTF8.self), version: Builder.version))
      }
      #expect(manifests[0] == manifests[1])
      preview[Manifest.fileName] = nil
      expected[Manifest.fileName] = nil
      for (path, data) in expected where preview[path] != data {
        Issue.record("\(path) differs from a full build's")
      }
    }
  }

  @Test func anEditBelowTheSummaryRendersOnlyThePagesThatShowIt() throws {
    var preview = try Preview()
    let path = IncrementalBuildTests.firstArticle
    try preview.newsletter.append("\nA new closing paragraph, with *emphasis*.\n", to: path)
    let result = preview.rebuild(after: [path])

    // Only the article's page and its issue's were looked at, and both changed.
    let report = try #require(result.report)
    #expect(report == WriteReport(written: 2, unchanged: 0, skipped: 0, removed: 0))
    #expect(result.parsedFiles == 1)
    try preview.expectSameAsFullBuild(result)
  }

  @Test func editsToAReportAndTwoArticlesAtOnce() throws {
    var preview = try Preview()
    let paths = [
      "reports/cistrat-2021-2022.md", IncrementalBuildTests.firstArticle, "issues/2017-23/03-china-laos.md",
    ]
    for path in paths { try preview.newsletter.append("\nOne more paragraph.\n", to: path) }
    let result = preview.rebuild(after: paths)

    // The report's page, two article pages and one issue page.
    #expect(result.report?.written == 4)
    #expect(result.report?.skipped == 0)
    try preview.expectSameAsFullBuild(result)
  }

  /// A new title or first paragraph is applied to the site in memory too: only the pages
  /// that show or list the article are looked at. Every other kind of change builds the
  /// whole site, where most pages are skipped.
  @Test(arguments: Change.allCases.filter { $0 != .articleClosingText })
  func writesWhatAFullBuildWrites(after change: Change) throws {
    var preview = try Preview()
    try change.apply(to: preview.newsletter)
    let result = preview.rebuild(after: [change.path])
    let report = try #require(result.report)
    if change == .articleText || change == .articleTitle {
      // Of the files that may list the article, the lists of issues, reports, countries
      // and programs show nothing of its title or text: skipped, and only those.
      #expect(report.skipped == 4 && report.written > 2)
    } else {
      #expect(report.skipped > 2)
    }
    try preview.expectSameAsFullBuild(result)
  }

  /// Edits applied one after the other each start from the site the one before left, and
  /// an edit that breaks the content, then its fix, go through whole builds and back.
  @Test func editsInARow() throws {
    var preview = try Preview()
    let path = IncrementalBuildTests.firstArticle
    let newsletter = preview.newsletter
    let edits: [() throws -> Void] = [
      { try newsletter.append("\nA closing paragraph.\n", to: path) },
      { try newsletter.edit(path, replacing: "title: ", with: "title: Renewed ") },
      { try newsletter.edit(path, replacing: "A closing paragraph.", with: "A [broken link](missing.md).") },
      { try newsletter.edit(path, replacing: "[broken link](missing.md)", with: "mended link") },
      { try newsletter.edit(path, replacing: "\n---\n", with: "\n---\nA new opening. ") },
    ]
    for (index, edit) in edits.enumerated() {
      try edit()
      let result = preview.rebuild(after: [path])
      if index == 2 {
        #expect(result.hasErrors && result.report == nil)
      } else {
        try preview.expectSameAsFullBuild(result)
      }
    }
  }

  /// The watcher may report a path with no file any more, or a folder: the whole site is
  /// built.
  @Test func aPathThatIsNoContentFileBuildsTheWholeSite() throws {
    var preview = try Preview()
    try preview.newsletter.append("\nA new closing paragraph.\n", to: IncrementalBuildTests.firstArticle)
    let result = preview.rebuild(after: [IncrementalBuildTests.firstArticle, "issues/2017-23"])
    #expect(try #require(result.report).skipped > 2)
    try preview.expectSameAsFullBuild(result)
  }
}

/// The files the narrow forms of `makeOutputs` pick are exactly those whose inputs change
/// when one file changes as they say, with the inputs `makeOutputs` gives.
@Suite struct NarrowOutputsTests {
  /// `makeOutputs(for:showingBodiesOf:)`: an article or a report whose text changed below
  /// its first paragraph.
  @Test func areThoseABodyChangeReaches() throws {
    let newsletter = try IncrementalBuildTests.Newsletter()
    let site = try #require(Builder.assemble(BuildOptions(content: newsletter.content, output: newsletter.folder)).site)
    let before = Dictionary(uniqueKeysWithValues: makeOutputs(for: site).map { ($0.path, $0.inputs) })
    var reachedPages = 0
    for entry in site.entries {
      let path = entry.sourcePath
      var digests = site.sourceDigests
      let digest = try #require(digests[path])
      digests[path] = SourceDigest(full: digest.full &+ 1, listing: digest.listing)
      let changed = Site(
        config: site.config, issues: site.issues, reports: site.reports, programs: site.programs, sourceDigests: digests)
      let after = makeOutputs(for: changed)
      let reached = after.filter { before[$0.path] != $0.inputs }
      let picked = makeOutputs(for: changed, showingBodiesOf: [entry])
      #expect(picked.map(\.path).sorted() == reached.map(\.path).sorted(), "\(path)")
      #expect(picked.map(\.inputs).sorted() == reached.map(\.inputs).sorted(), "\(path)")
      if !picked.isEmpty { reachedPages += 1 }
    }
    // Every article and report has a page that shows its body.
    #expect(reachedPages == site.entries.count && !site.entries.isEmpty)
  }

  /// `makeOutputs(for:listing:)`: an article or a report whose title or summary changed.
  /// It may pick more than the change reaches (the lists of the newest entries), but
  /// never less, and each file with the inputs `makeOutputs` gives it.
  @Test func areThoseAListingChangeReaches() throws {
    let newsletter = try IncrementalBuildTests.Newsletter()
    let site = try #require(Builder.assemble(BuildOptions(content: newsletter.content, output: newsletter.folder)).site)
    let before = Dictionary(uniqueKeysWithValues: makeOutputs(for: site).map { ($0.path, $0.inputs) })
    for entry in site.entries {
      let path = entry.sourcePath
      var digests = site.sourceDigests
      let digest = try #require(digests[path])
      digests[path] = SourceDigest(full: digest.full &+ 1, listing: digest.listing &+ 1)
      let changed = Site(
        config: site.config, issues: site.issues, reports: site.reports, programs: site.programs, sourceDigests: digests)
      let after = Dictionary(uniqueKeysWithValues: makeOutputs(for: changed).map { ($0.path, $0.inputs) })
      let reached = Set(after.keys.filter { before[$0] != after[$0] })
      let picked = makeOutputs(for: changed, listing: [entry], items: EntryItems())
      #expect(reached.isSubset(of: picked.map(\.path)), "\(path)")
      for output in picked {
        #expect(output.inputs == after[output.path], "\(path): \(output.path)")
      }
      // Its page, its issue's or the list of reports, its countries' and programs' pages
      // and feeds; not the lists that only count entries, nor the other kind's list.
      let countryFiles = entry.countries.flatMap { [PagePath.country($0).file, PagePath.country($0).folder + "feed.xml"] }
      #expect(reached.isSuperset(of: [entry.page.file] + countryFiles), "\(path)")
      #expect(reached.isDisjoint(with: ["countries/index.html", "programs/index.html"]), "\(path)")
      if case .article = entry {
        #expect(!reached.contains("reports/index.html") && !reached.contains("issues/index.html"), "\(path)")
      } else {
        #expect(reached.contains("reports/index.html") && !reached.contains("issues/index.html"), "\(path)")
      }
    }
  }
}
