import Foundation
import GazetteCore
import Testing

@testable import Publishing

/// Builds the sample newsletter in `Content/` once and checks the whole site.
@Suite struct SampleSiteTests {
  let output: URL
  let result: BuildResult
  let files: [String: Data]
  let site: Site

  init() throws {
    output = try makeTemporaryFolder().appendingPathComponent("Site")
    let options = BuildOptions(content: repositoryRoot.appendingPathComponent("Content"), output: output)
    result = Builder.build(options)
    files = try snapshot(of: output)
    site = try #require(Builder.assemble(options).site)
  }

  func page(_ path: String) throws -> String {
    String(decoding: try #require(files[path], "missing \(path)"), as: UTF8.self)
  }

  @Test func buildsWithoutProblems() {
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
    #expect(result.report?.written == files.count - 1)  // all but the manifest
  }

  @Test(arguments: [
    "index.html", "issues/index.html", "issues/23/index.html", "issues/23/china-laos/index.html",
    "reports/index.html", "reports/cistrat-2021-2022/index.html", "countries/index.html",
    "countries/gb/index.html", "countries/gb/feed.xml", "countries/la/index.html", "programs/index.html",
    "programs/tysp/index.html", "programs/tysp/feed.xml", "feed.xml", "sitemap.xml", "robots.txt", "404.html",
    "assets/style.css",
  ])
  func writesEveryKindOfPage(_ path: String) {
    #expect(files[path] != nil)
  }

  @Test func writesAPageForEveryArticleReportCountryAndProgram() {
    let articles = site.issues.flatMap(\.articles)
    #expect(articles.count == 10)
    for article in articles { #expect(files[article.page.file] != nil, "\(article.page.file)") }
    for report in site.reports { #expect(files[report.page.file] != nil) }
    for country in site.countries { #expect(files[PagePath.country(country).file] != nil) }
    for program in site.programs { #expect(files[program.page.file] != nil) }
  }

  /// The entry links in a list page, in order.
  func entryLinks(in path: String) throws -> [String] {
    let html = try page(path)
    return html.components(separatedBy: "<h3 class=\"entry-title\"><a href=\"").dropFirst().map {
      String($0.prefix { $0 != "\"" })
    }
  }

  @Test func everyCountryPageListsExactlyTheEntriesTaggedWithIt() throws {
    #expect(!site.countries.isEmpty)
    for country in site.countries {
      let page = PagePath.country(country)
      let tagged = site.entries.filter { $0.countries.contains(country) }.map { page.rootPrefix + $0.page.file }
      #expect(try entryLinks(in: page.file) == tagged, "\(country.name)")
    }
  }

  @Test func everyProgramPageListsExactlyTheEntriesTaggedWithIt() throws {
    #expect(site.programs.count == 7)
    for program in site.programs {
      let tagged = site.entries.filter { $0.programs.contains(program.slug) }.map { program.page.rootPrefix + $0.page.file }
      #expect(!tagged.isEmpty)
      #expect(try entryLinks(in: program.page.file) == tagged, "\(program.slug)")
    }
  }

  @Test func britainsPageListsTheSinoBritishArticles() throws {
    let links = try entryLinks(in: "countries/gb/index.html")
    #expect(links.contains("../../issues/23/sino-british-strategy/index.html"))
    #expect(links.contains("../../issues/23/dongguan-cooperation-week/index.html"))
    #expect(!links.contains("../../issues/23/china-laos/index.html"))
  }

  @Test func everyInternalLinkAndAssetResolvesToAWrittenFile() throws {
    let basePath = site.config.basePath
    var checked = 0
    for (path, data) in files where path.hasSuffix(".html") {
      let html = String(decoding: data, as: UTF8.self)
      let folder = (path as NSString).deletingLastPathComponent
      for target in linkTargets(in: html) where !target.contains(":") {
        let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        var file = String(parts[0])
        if file.isEmpty {
          file = path
        } else if file.hasPrefix("/") {
          #expect(file.hasPrefix(basePath), "\(path): \(target)")
          file = String(file.dropFirst(basePath.count))
        } else {
          file = resolve(file, from: folder)
        }
        #expect(files[file] != nil, "\(path) links to missing \(target)")
        if parts.count == 2, let targetData = files[file] {
          let targetIDs = ids(in: String(decoding: targetData, as: UTF8.self))
          #expect(targetIDs.contains(String(parts[1])), "\(path) links to missing anchor \(target)")
        }
        checked += 1
      }
    }
    #expect(checked > 500)
  }

  @Test func sitemapListsEveryPageWithAbsoluteURLs() throws {
    let sitemap = try page("sitemap.xml")
    let pages = files.keys.filter { $0.hasSuffix("index.html") }
    for path in pages {
      let url = site.config.baseURL + String(path.dropLast("index.html".count))
      #expect(sitemap.contains("<loc>\(url)</loc>"), "\(url)")
    }
    #expect(sitemap.components(separatedBy: "<loc>").count - 1 == pages.count)
  }

  @Test func feedsAreAtomWithAbsoluteLinks() throws {
    let feed = try page("countries/gb/feed.xml")
    #expect(feed.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\""))
    #expect(feed.contains("<id>https://newsletter.example.org/issues/23/sino-british-strategy/</id>"))
    #expect(feed.components(separatedBy: "<entry>").count - 1 == site.entries.filter { $0.countries.contains { $0.code == "GB" } }.count)
  }

  @Test func articlePageNamesItsIssueSectionSourceAndNeighbours() throws {
    let html = try page("issues/23/china-laos/index.html")
    #expect(html.contains("<a href=\"../../../issues/23/index.html\">No. 23</a> · International cooperation in science and technology"))
    #expect(html.contains("<a class=\"tag tag-country\" href=\"../../../countries/la/index.html\">Laos</a>"))
    #expect(html.contains("Source: Ministry of Science and Technology, <time datetime=\"2017-12-01\">1 December 2017</time>"))
    #expect(html.contains("rel=\"prev\""))
    #expect(html.contains("rel=\"next\""))
  }

  @Test func issuePageHasContentsBySectionAndEveryArticle() throws {
    let html = try page("issues/23/index.html")
    for article in site.issues[0].articles {
      #expect(html.contains("<article class=\"issue-article\" id=\"\(article.slug)\""))
      #expect(html.contains("<a href=\"#\(article.slug)\">"))
    }
    let international = try #require(html.range(of: "<h2 id=\"section-1\">International cooperation in science and technology</h2>"))
    let plans = try #require(html.range(of: "<h2 id=\"section-2\">Important Plans</h2>"))
    #expect(international.lowerBound < plans.lowerBound)
  }

  @Test func superscriptsSurviveAsHTML() throws {
    #expect(try page("issues/23/resource-plan/index.html").contains("13<sup>th</sup>"))
  }
}
