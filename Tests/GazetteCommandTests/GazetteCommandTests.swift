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
    for option in ["--content <dir>", "--output <dir>", "--base-url <url>", "The content folder.", "The output folder."] {
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
    #expect(run.output.hasPrefix("Built 56 pages into \(output)/ in "))
    #expect(FileManager.default.fileExists(atPath: output + "/countries/gb/index.html"))
  }

  @Test func badInputExitsNonZeroWithCompilerStyleDiagnostics() throws {
    let folder = try makeFolder([
      "Content/site.yml": "title: T\nbase_url: https://example.org/\n",
      "Content/issues/2017-23/issue.md": "---\nnumber: 23\ndate: 2017-12-15\n---\n",
      "Content/issues/2017-23/03-china-laos.md": "---\ntitle: China-Laos\nsection: News\ncountries: [Loas]\n---\n",
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
