import Foundation
import GazetteCore
import Testing

@testable import Publishing

/// The search step, with a stand-in for Pagefind: a shell script that records its arguments
/// and writes a small bundle where it is told to.
@Suite struct SearchIndexTests {
  let folder: URL

  init() throws {
    folder = try makeTemporaryFolder()
  }

  /// Writes an executable script named `name` into `bin/` and returns it.
  func makeFakePagefind(named name: String = "pagefind_extended", status: Int = 0, version: String = "1") throws -> URL {
    let bin = folder.appendingPathComponent("bin")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    let script = bin.appendingPathComponent(name)
    let text = """
      #!/bin/sh
      echo "$@" > "\(folder.path)/arguments"
      out=""
      while [ $# -gt 0 ]; do
        if [ "$1" = "--output-path" ]; then out="$2"; fi
        shift
      done
      if [ \(status) -ne 0 ]; then echo "Error: something broke"; exit \(status); fi
      mkdir -p "$out/index"
      printf '{"version":"\(version)"}' > "$out/pagefind-entry.json"
      printf 'ui' > "$out/pagefind-ui.js"
      printf 'words' > "$out/index/en_1.pf_index"

      """
    try Data(text.utf8).write(to: script)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
    return script
  }

  var site: URL { folder.appendingPathComponent("Site") }

  @Test func findsTheExtendedBuildFirstAndOnlyExecutables() throws {
    let plain = try makeFakePagefind(named: "pagefind")
    let bin = plain.deletingLastPathComponent().path
    #expect(SearchIndex.locate(path: "/nonexistent:\(bin)")?.lastPathComponent == "pagefind")
    let extended = try makeFakePagefind(named: "pagefind_extended")
    #expect(SearchIndex.locate(path: "\(bin):/usr/bin") == extended)
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: extended.path)
    #expect(SearchIndex.locate(path: bin) == plain)
    #expect(SearchIndex.locate(path: "/nonexistent") == nil)
    #expect(SearchIndex.locate(path: nil) == nil)
  }

  @Test func isSkippedQuietlyWhenPagefindIsMissing() throws {
    try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
    let outcome = SearchIndex.build(site: site, indexing: .automatic, environment: ["PATH": "/nonexistent"])
    #expect(outcome == .skipped("neither pagefind_extended nor pagefind is on PATH"))
    #expect(SearchIndex.build(site: site, indexing: .disabled, environment: [:]) == .skipped("disabled"))
    #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("pagefind").path))
  }

  @Test func runsPagefindOnTheSiteAndReplacesTheBundleOnlyWhenItChanges() throws {
    let executable = try makeFakePagefind()
    try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
    let environment = ["PATH": executable.deletingLastPathComponent().path]
    #expect(SearchIndex.build(site: site, indexing: .automatic, environment: environment) == .built(tool: "pagefind_extended", changed: true))
    let arguments = try String(contentsOf: folder.appendingPathComponent("arguments"), encoding: .utf8)
    #expect(arguments == "--site \(site.path) --output-path \(site.path)/.gazette-pagefind-new --force-language zh --quiet\n")
    let bundle = site.appendingPathComponent("pagefind")
    #expect(FileManager.default.fileExists(atPath: bundle.appendingPathComponent("index/en_1.pf_index").path))
    #expect(FileManager.default.fileExists(atPath: bundle.appendingPathComponent(".gazette-search-index").path))

    #expect(SearchIndex.build(site: site, executable: executable) == .built(tool: "pagefind_extended", changed: false))
    let changed = try makeFakePagefind(version: "2")
    #expect(SearchIndex.build(site: site, executable: changed) == .built(tool: "pagefind_extended", changed: true))
    let entry = try String(contentsOf: bundle.appendingPathComponent("pagefind-entry.json"), encoding: .utf8)
    #expect(entry == "{\"version\":\"2\"}")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.hasPrefix(".gazette-pagefind") }
    #expect(leftovers.isEmpty)
  }

  @Test func aFailingPagefindKeepsThePreviousIndexAndSaysWhy() throws {
    try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
    #expect(SearchIndex.build(site: site, executable: try makeFakePagefind()) == .built(tool: "pagefind_extended", changed: true))
    let outcome = SearchIndex.build(site: site, executable: try makeFakePagefind(status: 3))
    #expect(outcome == .failed("pagefind_extended exited with status 3:\nError: something broke"))
    #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("pagefind/pagefind-entry.json").path))
  }

  @Test func neverReplacesAPagefindFolderGazetteDidNotMake() throws {
    let foreign = site.appendingPathComponent("pagefind")
    try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
    try Data("mine".utf8).write(to: foreign.appendingPathComponent("pagefind-entry.json"))
    guard case .failed(let reason) = SearchIndex.build(site: site, executable: try makeFakePagefind()) else {
      Issue.record("expected a failure")
      return
    }
    #expect(reason.contains("was not made by Gazette"))
    #expect(try String(contentsOf: foreign.appendingPathComponent("pagefind-entry.json"), encoding: .utf8) == "mine")
  }

  @Test func aBuildWarnsButSucceedsWhenPagefindFails() throws {
    let newsletter = try TemporaryNewsletter()
    let result = Builder.build(
      BuildOptions(content: newsletter.content, output: newsletter.output, searchIndexing: .executable(try makeFakePagefind(status: 1))))
    #expect(!result.hasErrors)
    #expect(result.report != nil)
    #expect(result.diagnostics.map(\.severity) == [.warning])
    #expect(result.diagnostics.first?.message.hasPrefix("no new search index: pagefind_extended exited with status 1") == true)
    let built = Builder.build(
      BuildOptions(content: newsletter.content, output: newsletter.output, searchIndexing: .executable(try makeFakePagefind())))
    #expect(built.diagnostics.isEmpty)
    #expect(built.searchIndex == .built(tool: "pagefind_extended", changed: true))
    // The index is not Gazette's output: the next build neither removes nor counts it.
    let again = Builder.build(BuildOptions(content: newsletter.content, output: newsletter.output, searchIndexing: .disabled))
    #expect(again.report?.written == 0)
    #expect(FileManager.default.fileExists(atPath: newsletter.output.appendingPathComponent("pagefind/pagefind-entry.json").path))
  }
}
