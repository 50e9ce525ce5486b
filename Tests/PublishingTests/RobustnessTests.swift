import Foundation
import GazetteCore
import Testing

@testable import Publishing

/// Inputs that must be accepted, and inputs that must be refused without harm.
@Suite struct RobustnessTests {
  func build(_ newsletter: TemporaryNewsletter, today: String = "2026-11-23", drafts: Bool = false, future: Bool = false)
    -> BuildResult
  {
    Builder.build(
      BuildOptions(
        content: newsletter.content, output: newsletter.output,
        publishing: PublishOptions(includesDrafts: drafts, includesFuture: future, today: Day(today)!)))
  }

  @Test func acceptsCRLFByteOrderMarkAndNoFinalNewline() throws {
    var files = TemporaryNewsletter.files
    files["issues/2020-01/02-second.md"] = "\u{FEFF}---\r\ntitle: Second\r\nsection: News\r\ncountries: [FR]\r\n---\r\nSecond *text*."
    let newsletter = try TemporaryNewsletter(files: files)
    let result = build(newsletter)
    #expect(!result.hasErrors, "\(result.diagnostics)")
    let page = try String(contentsOf: newsletter.output.appendingPathComponent("issues/1/second/index.html"), encoding: .utf8)
    #expect(page.contains("<p>Second <em>text</em>.</p>"))
    #expect(page.contains("<h1>Second</h1>"))
  }

  @Test func refusesASymbolicLinkThatLeadsOutsideTheContentFolder() throws {
    let newsletter = try TemporaryNewsletter()
    let outside = newsletter.folder.appendingPathComponent("secret.md")
    try Data("---\ntitle: Secret\ndate: 2020-01-01\nkind: report\n---\nSecret.\n".utf8).write(to: outside)
    try FileManager.default.createSymbolicLink(
      at: newsletter.content.appendingPathComponent("reports/secret.md"), withDestinationURL: outside)
    let result = build(newsletter)
    #expect(result.hasErrors)
    #expect(
      result.diagnostics.map(\.description).contains {
        $0.hasSuffix("Content/reports/secret.md: error: symbolic link leads outside the content folder (to \(outside.resolvingSymlinksInPath().path)): copy the file in instead")
      })
    #expect(!FileManager.default.fileExists(atPath: newsletter.output.path))
  }

  @Test func followsASymbolicLinkInsideTheContentFolder() throws {
    let newsletter = try TemporaryNewsletter()
    try FileManager.default.createDirectory(at: newsletter.content.appendingPathComponent("shared"), withIntermediateDirectories: true)
    try FileManager.default.moveItem(
      at: newsletter.content.appendingPathComponent("reports/r.md"), to: newsletter.content.appendingPathComponent("shared/r.txt"))
    try FileManager.default.createSymbolicLink(
      atPath: newsletter.content.appendingPathComponent("reports/r.md").path, withDestinationPath: "../shared/r.txt")
    let result = build(newsletter)
    #expect(!result.hasErrors, "\(result.diagnostics)")
    #expect(FileManager.default.fileExists(atPath: newsletter.output.appendingPathComponent("reports/r/index.html").path))
    #expect(result.diagnostics.map(\.message) == ["Gazette reads only .md files and site.yml: this file is ignored"])
  }

  @Test func buildsATenMegabyteArticle() throws {
    var files = TemporaryNewsletter.files
    let paragraph = "China and France *agreed* to work on [fusion](https://example.org) and 13<sup>th</sup> plans.\n\n"
    let body = String(repeating: paragraph, count: 10_000_000 / paragraph.utf8.count + 1)
    files["issues/2020-01/02-second.md"] = "---\ntitle: Long\nsection: News\ncountries: [France]\n---\n" + body
    let newsletter = try TemporaryNewsletter(files: files)
    #expect(body.utf8.count > 10_000_000)
    let result = build(newsletter)
    #expect(!result.hasErrors, "\(result.diagnostics)")
    let page = try Data(contentsOf: newsletter.output.appendingPathComponent("issues/1/second/index.html"))
    #expect(page.count > 10_000_000)
  }

  @Test func leavesOutDraftsAndFutureEntriesUnlessAsked() throws {
    var files = TemporaryNewsletter.files
    files["issues/2020-01/02-second.md"] = "---\ntitle: Second\nsection: News\ncountries: [FR]\ndraft: true\n---\nSecond.\n"
    files["reports/later.md"] = "---\ntitle: Later\ndate: 2030-01-01\nkind: announcement\n---\nSoon.\n"
    let newsletter = try TemporaryNewsletter(files: files)
    let second = newsletter.output.appendingPathComponent("issues/1/second/index.html").path
    let later = newsletter.output.appendingPathComponent("reports/later/index.html").path

    #expect(!build(newsletter).hasErrors)
    #expect(!FileManager.default.fileExists(atPath: second))
    #expect(!FileManager.default.fileExists(atPath: later))
    let sitemap = try String(contentsOf: newsletter.output.appendingPathComponent("sitemap.xml"), encoding: .utf8)
    #expect(!sitemap.contains("second") && !sitemap.contains("later"))

    #expect(!build(newsletter, drafts: true).hasErrors)
    #expect(FileManager.default.fileExists(atPath: second))
    #expect(!FileManager.default.fileExists(atPath: later))

    #expect(!build(newsletter, today: "2030-01-01").hasErrors)
    #expect(!FileManager.default.fileExists(atPath: second))
    #expect(FileManager.default.fileExists(atPath: later))

    #expect(!build(newsletter, future: true).hasErrors)
    #expect(FileManager.default.fileExists(atPath: later))
  }

  @Test func warnsWithoutFailing() throws {
    var files = TemporaryNewsletter.files
    files["issues/2020-01/02-second.md"] =
      "---\ntitle: Second\nsection: News\ncountries: [FR]\nsource_date: 2020-02-01\ncontries: [FR]\n---\nTalks with Japan.\n"
    files["programs/unused.md"] = "---\nname: Unused Program\n---\nNobody names it.\n"
    files["notes.txt"] = "not content"
    let newsletter = try TemporaryNewsletter(files: files)
    let result = build(newsletter)
    #expect(!result.hasErrors)
    #expect(result.report != nil)
    let messages = result.diagnostics.map { $0.description.replacingOccurrences(of: newsletter.folder.path + "/", with: "") }
    #expect(messages.count == 5)
    #expect(messages.contains("Content/issues/2020-01/02-second.md:6:1: warning: unknown field 'contries' (did you mean 'countries'?)"))
    #expect(messages.contains("Content/issues/2020-01/02-second.md:8:12: warning: the text names Japan ('Japan') but 'countries' does not list it: add it, so that its country page is complete"))
    #expect(messages.contains("Content/issues/2020-01/02-second.md:5:14: warning: 'source_date' 2020-02-01 is after the issue's date 2020-01-15: check both dates"))
    #expect(messages.contains("Content/notes.txt: warning: Gazette reads only .md files and site.yml: this file is ignored"))
    #expect(messages.contains("Content/programs/unused.md: warning: no article or report names the program 'unused': its page will list nothing"))
  }

  @Test func refusesToReplaceAFileItDidNotWriteEvenWhenForced() throws {
    let newsletter = try TemporaryNewsletter()
    try write(["index.html": "my own home page", "CNAME": "example.org"], to: newsletter.output)
    let result = Builder.build(BuildOptions(content: newsletter.content, output: newsletter.output, allowsForeignFiles: true))
    #expect(result.hasErrors)
    #expect(result.diagnostics.last?.message.contains("holds index.html, which Gazette did not write and would replace") == true)
    #expect(try snapshot(of: newsletter.output) == ["index.html": Data("my own home page".utf8), "CNAME": Data("example.org".utf8)])

    try FileManager.default.removeItem(at: newsletter.output.appendingPathComponent("index.html"))
    let forced = Builder.build(BuildOptions(content: newsletter.content, output: newsletter.output, allowsForeignFiles: true))
    #expect(!forced.hasErrors)
    #expect(try snapshot(of: newsletter.output)["CNAME"] == Data("example.org".utf8))
  }
}
