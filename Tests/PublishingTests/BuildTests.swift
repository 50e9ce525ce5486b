import Foundation
import GazetteCore
import Testing

@testable import Publishing

/// A small newsletter written to a temporary folder.
struct TemporaryNewsletter {
  static let hostileTitle = "<script>alert(1)</script> & \"S&T\""

  let folder: URL
  var content: URL { folder.appendingPathComponent("Content") }
  var output: URL { folder.appendingPathComponent("Site") }

  static let files: [String: String] = [
    "site.yml": "title: Test & \"News\"\nbase_url: https://example.org/sub/\n",
    "issues/2020-01/issue.md": "---\nnumber: 1\ndate: 2020-01-15\n---\n",
    "issues/2020-01/01-first.md": """
      ---
      title: '\(hostileTitle)'
      section: News
      countries: [France]
      programs: [p]
      ---
      Text with a [link](../../reports/r.md).
      """,
    "issues/2020-01/02-second.md": "---\ntitle: Second\nsection: News\ncountries: [FR]\n---\nSecond text.\n",
    "reports/r.md": "---\ntitle: A Report\ndate: 2020-02-01\nkind: report\nprograms: [p]\n---\n## Part\n",
    "programs/p.md": "---\nname: '\(hostileTitle)'\n---\nAbout it.\n",
  ]

  init(files: [String: String] = TemporaryNewsletter.files) throws {
    folder = try makeTemporaryFolder()
    try write(files, to: folder.appendingPathComponent("Content"))
  }

  func build() -> BuildResult {
    Builder.build(BuildOptions(content: content, output: output, searchIndexing: .disabled))
  }

  func change(_ path: String, to text: String?) throws {
    let url = content.appendingPathComponent(path)
    if let text {
      try write([path: text], to: content)
    } else {
      try FileManager.default.removeItem(at: url)
    }
  }
}

@Suite struct BuildTests {
  @Test func escapesAHostileTitleOnEveryPageFeedAndSitemap() throws {
    let newsletter = try TemporaryNewsletter()
    let result = newsletter.build()
    #expect(!result.hasErrors, "\(result.diagnostics)")
    let files = try snapshot(of: newsletter.output)
    var mentions = 0
    for (path, data) in files {
      let text = String(decoding: data, as: UTF8.self)
      #expect(!text.contains("<script>"), "\(path)")
      #expect(!text.contains("\"S&T\""), "\(path)")
      if text.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;S&amp;T&quot;") { mentions += 1 }
    }
    // Article page, issue page, country page, program pages, feeds, home page...
    #expect(mentions >= 8)
    #expect(String(decoding: files["feed.xml"]!, as: UTF8.self).contains("<title>Test &amp; &quot;News&quot;</title>"))
  }

  @Test func linksToContentFilesPointToTheirPagesFromEveryPage() throws {
    let newsletter = try TemporaryNewsletter()
    #expect(!newsletter.build().hasErrors)
    let files = try snapshot(of: newsletter.output)
    let article = String(decoding: files["issues/1/first/index.html"]!, as: UTF8.self)
    #expect(article.contains("<a href=\"../../../reports/r/index.html\">link</a>"))
    let issue = String(decoding: files["issues/1/index.html"]!, as: UTF8.self)
    #expect(issue.contains("<a href=\"../../reports/r/index.html\">link</a>"))
  }

  @Test func theSameContentGivesByteIdenticalOutput() throws {
    let newsletter = try TemporaryNewsletter()
    let other = newsletter.folder.appendingPathComponent("Other")
    #expect(!newsletter.build().hasErrors)
    #expect(!Builder.build(BuildOptions(content: newsletter.content, output: other)).hasErrors)
    let first = try snapshot(of: newsletter.output)
    let second = try snapshot(of: other)
    #expect(first.count > 10)
    #expect(first == second)
  }

  @Test func aBuildWithErrorsWritesNothingAndKeepsThePreviousSite() throws {
    let newsletter = try TemporaryNewsletter()
    #expect(!newsletter.build().hasErrors)
    let before = try snapshot(of: newsletter.output)
    try newsletter.change("issues/2020-01/02-second.md", to: "---\ntitle: Second\nsection: News\ncountries: [Frnace]\n---\n")
    try newsletter.change("reports/new.md", to: "---\ntitle: New\ndate: 2020-02-01\nkind: report\n---\n")
    let result = newsletter.build()
    #expect(result.hasErrors)
    #expect(result.report == nil)
    #expect(try snapshot(of: newsletter.output) == before)
  }

  @Test func unchangedFilesAreNotRewrittenAndRemovedPagesAreDeleted() throws {
    let newsletter = try TemporaryNewsletter()
    let first = newsletter.build()
    let fileCount = try #require(first.report).written
    #expect(try #require(newsletter.build().report) == WriteReport(written: 0, unchanged: fileCount, skipped: fileCount, removed: 0))

    try newsletter.change("issues/2020-01/02-second.md", to: nil)
    let third = try #require(newsletter.build().report)
    // The article page is gone; France's page and feed, the issue, lists and sitemap change.
    #expect(third.removed == 1)
    #expect(third.written > 3)
    let files = try snapshot(of: newsletter.output)
    #expect(files["issues/1/second/index.html"] == nil)
    #expect(!FileManager.default.fileExists(atPath: newsletter.output.appendingPathComponent("issues/1/second").path))
    #expect(!files.keys.contains { $0.hasSuffix(".gazette-tmp") })
  }

  @Test func refusesAnOutputFolderWithFilesGazetteDidNotWrite() throws {
    let newsletter = try TemporaryNewsletter()
    try write(["notes.txt": "mine"], to: newsletter.output)
    let result = newsletter.build()
    #expect(result.hasErrors)
    #expect(result.diagnostics.last?.message.contains("holds files that Gazette did not write") == true)
    #expect(try snapshot(of: newsletter.output) == ["notes.txt": Data("mine".utf8)])
  }

  @Test func refusesTheContentFolderAsOutput() throws {
    let newsletter = try TemporaryNewsletter()
    let before = try snapshot(of: newsletter.content)
    let result = Builder.build(BuildOptions(content: newsletter.content, output: newsletter.content))
    #expect(result.hasErrors)
    #expect(try snapshot(of: newsletter.content) == before)
  }

  @Test func aBaseURLOnTheCommandLineReplacesTheConfiguredOne() throws {
    let newsletter = try TemporaryNewsletter()
    let result = Builder.build(
      BuildOptions(content: newsletter.content, output: newsletter.output, baseURL: "https://other.example/news"))
    #expect(!result.hasErrors)
    let sitemap = String(decoding: try Data(contentsOf: newsletter.output.appendingPathComponent("sitemap.xml")), as: UTF8.self)
    #expect(sitemap.contains("<loc>https://other.example/news/issues/1/first/</loc>"))
    let notFound = String(decoding: try Data(contentsOf: newsletter.output.appendingPathComponent("404.html")), as: UTF8.self)
    #expect(notFound.contains("href=\"/news/assets/style.css\""))
  }
}
