import Foundation
import Testing

/// Runs the built `gazette` binary, as editors and the build step do.
@Suite struct GazetteCommandTests {
  struct Run {
    var status: Int32
    var output: String
    var error: String
  }

  static let binary: URL = {
    // The test bundle sits beside the products: `.build/<config>/`.
    var folder = Bundle.main.bundleURL
    if !FileManager.default.fileExists(atPath: folder.appendingPathComponent("gazette").path) {
      folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    }
    return folder.appendingPathComponent("gazette")
  }()

  static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  func run(_ arguments: [String], input: String? = nil, in folder: URL? = nil) throws -> Run {
    let process = Process()
    process.executableURL = Self.binary
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = folder }
    let output = Pipe()
    let error = Pipe()
    let inputPipe = Pipe()
    process.standardOutput = output
    process.standardError = error
    process.standardInput = inputPipe
    try process.run()
    inputPipe.fileHandleForWriting.write(Data((input ?? "").utf8))
    try inputPipe.fileHandleForWriting.close()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
      error: String(decoding: errorData, as: UTF8.self))
  }

  func makeFolder(_ files: [String: String]) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (path, text) in files {
      let url = folder.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
    return folder
  }

  @Test func helpExplainsEveryOption() throws {
    let run = try run(["build", "--help"])
    #expect(run.status == 0)
    for option in [
      "--content <dir>", "--output <dir>", "--base-url <url>", "--watch", "The content folder.", "The output folder.",
    ] {
      #expect(run.output.contains(option), "\(option)")
    }
    let top = try self.run(["--help"])
    #expect(top.output.contains("build (default)"))
    #expect(top.output.contains("render"))
  }

  @Test func buildsTheSampleNewsletterAndSummarises() throws {
    let folder = try makeFolder([:])
    let output = folder.appendingPathComponent("Site").path
    let content = Self.repositoryRoot.appendingPathComponent("Content").path
    let run = try run(["build", "--content", content, "--output", output])
    #expect(run.status == 0, "\(run.error)")
    #expect(run.error.isEmpty)
    #expect(run.output.hasPrefix("Built 58 pages into \(output)/ in "))
    #expect(FileManager.default.fileExists(atPath: output + "/countries/gb/index.html"))
  }

  @Test func badInputExitsNonZeroWithCompilerStyleDiagnostics() throws {
    let folder = try makeFolder([
      "Content/site.yml": "title: T\nbase_url: https://example.org/\nhome_country: China\n",
      "Content/issues/2017-23/issue.md": "---\nnumber: 23\ndate: 2017-12-15\n---\n",
      "Content/issues/2017-23/03-china-laos.md": "---\ntitle: Vientiane Agreement\nsection: News\ncountries: [Loas]\n---\n",
      "Content/reports/r.md": "---\ntitle: R\ndate: 2017-13-01\nkind: report\n---\n",
    ])
    let run = try run(["build"], in: folder)
    #expect(run.status == 1)
    #expect(run.output.isEmpty)
    #expect(
      run.error == """
        Content/issues/2017-23/03-china-laos.md:4:13: error: unknown country 'Loas' (did you mean 'Laos' (LA)?)
        countries: [Loas]
                    ^
        Content/reports/r.md:3:7: error: 'date' must be a real date written YYYY-MM-DD, not '2017-13-01'
        date: 2017-13-01
              ^
        2 errors generated.

        """)
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Site").path))
  }

  @Test func missingContentFolderIsAClearError() throws {
    let folder = try makeFolder([:])
    let run = try run(["build", "--content", "Nowhere"], in: folder)
    #expect(run.status == 1)
    #expect(run.error.hasPrefix("Nowhere: error: content folder not found"))
  }

  @Test func invalidBaseURLIsRefused() throws {
    let run = try run(["build", "--base-url", "example.org"])
    #expect(run.status != 0)
    #expect(run.error.contains("--base-url must start with http:// or https://"))
  }

  @Test func renderPrintsOneFilesHTMLWithoutItsFrontMatter() throws {
    let folder = try makeFolder(["a.md": "---\ntitle: x\n---\n## The \"Plan\"\n\n13<sup>th</sup>\n"])
    let run = try run(["render", folder.appendingPathComponent("a.md").path])
    #expect(run.status == 0)
    #expect(run.output == "<h2 id=\"the-plan\">\nThe “Plan”\n</h2>\n<p>13<sup>th</sup></p>\n")
  }

  @Test func renderReadsStandardInputAsPlainCommonMark() throws {
    let run = try run(["render", "-", "--no-smart", "--no-heading-ids"], input: "# \"Hi\"\n\n<div>x</div>\n")
    #expect(run.status == 0)
    #expect(run.output == "<h1>&quot;Hi&quot;</h1>\n<div>x</div>\n")
  }

  @Test func renderCanLeaveRawHTMLOut() throws {
    let run = try run(["render", "-", "--no-raw-html"], input: "a <b>b</b>\n")
    #expect(run.output == "<p>a <!-- raw HTML omitted -->b<!-- raw HTML omitted --></p>\n")
  }
}

/// A build killed at any moment leaves the previous site whole, and the next build
/// completes the new one.
@Suite struct InterruptedBuildTests {
  /// A newsletter of `issues` × `articles`, with `edition` in every text so that a new
  /// edition changes every page.
  func makeNewsletter(at content: URL, issues: Int, articles: Int, edition: String) throws {
    var files: [String: String] = ["site.yml": "title: Big\nbase_url: https://example.org/\n"]
    let countries = ["France", "Germany", "Japan", "Laos", "United Kingdom"]
    for issue in 1...issues {
      files["issues/i\(issue)/issue.md"] = "---\nnumber: \(issue)\ndate: 2020-01-\(10 + issue % 15)\n---\n\(edition)\n"
      for article in 1...articles {
        let country = countries[(issue + article) % countries.count]
        let paragraph = String(repeating: "Cooperation on science with \(country) grows, \(edition). ", count: 40)
        files["issues/i\(issue)/\(article)-a\(article).md"] =
          "---\ntitle: Article \(article) of \(issue) \(edition)\nsection: News\ncountries: [\(country)]\n---\n\(paragraph)\n\n\(paragraph)\n"
      }
    }
    for (path, text) in files {
      let url = content.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
  }

  func files(in folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    while let path = enumerator?.nextObject() as? String {
      var isDirectory: ObjCBool = false
      let url = folder.appendingPathComponent(path)
      if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
        files[path] = try Data(contentsOf: url)
      }
    }
    return files
  }

  /// How many of `paths` under `folder` were modified after `date`.
  func countModified(in folder: URL, paths: Dictionary<String, Data>.Keys, since date: Date) -> Int {
    paths.count { path in
      var info = stat()
      guard stat(folder.appendingPathComponent(path).path, &info) == 0 else { return false }
      return Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9 > date.timeIntervalSince1970
    }
  }

  func build(_ content: URL, into output: URL) throws -> Process {
    let process = Process()
    process.executableURL = GazetteCommandTests.binary
    process.arguments = ["build", "--content", content.path, "--output", output.path]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  @Test func killedBuildsLeaveEveryOldPageWhole() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-kill-\(UUID().uuidString)")
    let content = folder.appendingPathComponent("Content")
    let site = folder.appendingPathComponent("Site")
    let reference = folder.appendingPathComponent("Reference")
    try makeNewsletter(at: content, issues: 20, articles: 40, edition: "first edition")
    let first = try build(content, into: site)
    first.waitUntilExit()
    #expect(first.terminationStatus == 0)
    let old = try files(in: site)
    #expect(old.count > 800)

    try makeNewsletter(at: content, issues: 20, articles: 40, edition: "second edition")
    let complete = try build(content, into: reference)
    complete.waitUntilExit()
    let new = try files(in: reference)

    // Kill builds at several points of their writing: after the first new page lands, and
    // after a quarter and a half of them.
    let start = Date()
    for threshold in [1, old.count / 4, old.count / 2] {
      let process = try build(content, into: site)
      let deadline = Date().addingTimeInterval(120)
      while process.isRunning, Date() < deadline, countModified(in: site, paths: old.keys, since: start) < threshold {
        Thread.sleep(forTimeInterval: 0.002)
      }
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      #expect(process.terminationReason == .uncaughtSignal, "the build finished before it was killed")
      let now = try files(in: site)
      for (path, bytes) in old where path != ".gazette-manifest" {
        let current = try #require(now[path], "\(path) disappeared")
        #expect(current == bytes || current == new[path], "\(path) is neither the old nor the new page")
      }
    }

    let last = try build(content, into: site)
    last.waitUntilExit()
    #expect(last.terminationStatus == 0)
    var final = try files(in: site)
    var expected = new
    final[".gazette-manifest"] = nil
    expected[".gazette-manifest"] = nil
    #expect(final == expected)
    try? FileManager.default.removeItem(at: folder)
  }
}

extension GazetteCommandTests {
  @Test func renderKeepsThematicBreaksThatOnlyLookLikeFrontMatter() throws {
    // CommonMark spec examples 96 and 98.
    let setext = try run(["render", "-", "--no-smart", "--no-heading-ids"], input: "---\nFoo\n---\nBar\n---\nBaz\n")
    #expect(setext.output == "<hr />\n<h2>Foo</h2>\n<h2>Bar</h2>\n<p>Baz</p>\n")
    let breaks = try run(["render", "-"], input: "---\n---\n")
    #expect(breaks.output == "<hr />\n<hr />\n")
  }
}

extension GazetteCommandTests {
  @Test func checkWritesNothingAndCanFailOnWarnings() throws {
    let folder = try makeFolder([
      "Content/site.yml": "title: T\nbase_url: https://example.org/\n",
      "Content/issues/2020-01/issue.md": "---\nnumber: 1\ndate: 2020-01-15\n---\n",
      "Content/issues/2020-01/01-a.md": "---\ntitle: A\nsection: News\nsectoin: x\n---\nText.\n",
    ])
    let plain = try run(["check"], in: folder)
    #expect(plain.status == 0)
    #expect(plain.error.contains("Content/issues/2020-01/01-a.md:4:1: warning: unknown field 'sectoin' (did you mean 'section'?)"))
    let strict = try run(["check", "--warnings-as-errors"], in: folder)
    #expect(strict.status == 1)
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Site").path))
  }

  @Test func newFilesStartValid() throws {
    let folder = try makeFolder([:])
    try FileManager.default.copyItem(
      at: Self.repositoryRoot.appendingPathComponent("Content"), to: folder.appendingPathComponent("Content"))
    let issue = try run(["new", "issue", "--now", "2026-11-23"], in: folder)
    #expect(issue.output == "Created Content/issues/2026-24/issue.md\n")
    let article = try run(["new", "article", "Sino-French Fusion Talks", "--now", "2026-11-23"], in: folder)
    #expect(article.output == "Created Content/issues/2026-24/01-sino-french-fusion-talks.md\n")
    let report = try run(["new", "report", "UNIDO Meeting", "--kind", "announcement", "--now", "2026-11-23"], in: folder)
    #expect(report.output == "Created Content/reports/unido-meeting.md\n")
    let program = try run(["new", "program", "Young Scientists", "--acronym", "YS"], in: folder)
    #expect(program.output == "Created Content/programs/ys.md\n")

    let text = try String(contentsOf: folder.appendingPathComponent("Content/issues/2026-24/issue.md"), encoding: .utf8)
    #expect(text.contains("number: 24\ndate: 2026-11-23\nsections:\n  - International cooperation in science and technology\n  - Important Plans\n"))

    // With drafts included, everything new is checked: only the warnings a fresh file has.
    let check = try run(["check", "--drafts", "--future", "--now", "2026-11-23"], in: folder)
    #expect(check.status == 0, "\(check.error)")
    #expect(!check.error.contains("error:"))

    let again = try run(["new", "report", "UNIDO Meeting"], in: folder)
    #expect(again.status != 0)
    #expect(again.error.contains("Content/reports/unido-meeting.md already exists"))
  }
}
