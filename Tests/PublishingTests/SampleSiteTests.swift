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
    // Without a search index, whatever is on PATH: SearchIndexTests covers that step.
    let options = BuildOptions(
      content: repositoryRoot.appendingPathComponent("Content"), output: output, searchIndexing: .disabled)
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
    "assets/style.css", "search/index.html", "assets/search.js", "assets/favicon.svg",
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

  /// The JSON-LD object of a page, parsed.
  func structuredData(in path: String) throws -> [String: Any] {
    let html = try page(path)
    let start = try #require(html.range(of: "<script type=\"application/ld+json\">"), "\(path) has no JSON-LD")
    let text = html[start.upperBound...].prefix { $0 != "<" }
    return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func everyKindOfPageDescribesItselfWithSchemaOrg() throws {
    #expect(try structuredData(in: "index.html")["@type"] as? String == "Periodical")
    let issue = try structuredData(in: "issues/23/index.html")
    #expect(issue["@type"] as? String == "PublicationIssue")
    #expect(issue["issueNumber"] as? String == "23")
    #expect(issue["datePublished"] as? String == "2017-12-15")
    let article = try structuredData(in: "issues/23/china-laos/index.html")
    #expect(article["@type"] as? String == "NewsArticle")
    #expect(article["headline"] as? String == "China-Laos Inter-governmental S&T Cooperation Agreement Signed in Vientiane")
    #expect((article["isPartOf"] as? [String: Any])?["issueNumber"] as? String == "23")
    #expect(try structuredData(in: "reports/cistrat-2021-2022/index.html")["@type"] as? String == "Report")
    #expect(try page("countries/gb/index.html").contains("application/ld+json") == false)
  }

  @Test func everyPageButThe404HasOpenGraphAndACanonicalURL() throws {
    for (path, _) in files where path.hasSuffix("index.html") {
      let html = try page(path)
      let url = site.config.baseURL + String(path.dropLast("index.html".count))
      #expect(html.contains("<link rel=\"canonical\" href=\"\(url)\">"), "\(path)")
      #expect(html.contains("<meta property=\"og:url\" content=\"\(url)\">"), "\(path)")
      for property in ["og:title", "og:description", "og:type", "og:site_name"] {
        #expect(html.contains("<meta property=\"\(property)\" content=\""), "\(path): \(property)")
      }
      #expect(html.contains("<link rel=\"icon\" href=\""), "\(path)")
    }
    let notFound = try page("404.html")
    #expect(!notFound.contains("rel=\"canonical\""))
    #expect(!notFound.contains("og:url"))
    #expect(try page("issues/23/china-laos/index.html").contains("<meta property=\"og:type\" content=\"article\">"))
  }

  @Test func onlyArticlesReportsAndIssuesGoIntoTheSearchIndex() throws {
    for (path, _) in files where path.hasSuffix(".html") {
      let indexed = try page(path).contains("data-pagefind-body")
      let parts = path.split(separator: "/")
      let isEntry = (parts.first == "issues" && parts.count >= 3) || (parts.first == "reports" && parts.count == 3)
      #expect(indexed == isEntry, "\(path)")
    }
    // The issue page's articles have their own pages: only its header and note are indexed.
    #expect(try page("issues/23/index.html").contains("<div data-pagefind-ignore=\"all\">"))
  }

  @Test func theSearchPageExplainsItselfWithoutJavaScript() throws {
    let html = try page("search/index.html")
    #expect(html.contains("Search needs JavaScript and a search index; browse by <a href=\"../issues/index.html\">issue</a>, <a href=\"../countries/index.html\">country</a> or <a href=\"../programs/index.html\">program</a> instead."))
    #expect(html.contains("<script src=\"../assets/search.js\" defer></script>"))
    #expect(try page("issues/23/china-laos/index.html").contains("<li><a href=\"../../../search/index.html\">Search</a></li>"))
  }

  @Test func mastheadShowsTheIssueOnIssueAndArticlePages() throws {
    #expect(try page("issues/23/china-laos/index.html").contains("<p class=\"dateline\"><a href=\"../../../issues/23/index.html\">No. 23</a> · <time datetime=\"2017-12-15\">15 December 2017</time></p>"))
    #expect(try page("issues/23/index.html").contains("<p class=\"dateline\">No. 23 · <time datetime=\"2017-12-15\">"))
    #expect(try !page("index.html").contains("class=\"dateline\""))
    #expect(try page("index.html").contains("<p class=\"site-title\"><a href=\"index.html\" aria-current=\"page\">"))
  }

  @Test func countryPagesChartTheirYearsAndNameTheProgramsSeenWithThem() throws {
    let html = try page("countries/gb/index.html")
    let britain = try #require(site.countries.first { $0.code == "GB" })
    let entries = site.entries(for: britain)
    #expect(html.contains("<svg class=\"chart\""))
    #expect(html.contains("role=\"img\" aria-labelledby=\"year-chart\">"))
    let numbers = entries.countsByYear.map { "\($0.year): \($0.count)" }.joined(separator: ", ")
    #expect(html.contains("<title id=\"year-chart\">Entries per year naming United Kingdom: \(numbers)</title>"))
    for (program, count) in site.programs(seenWith: britain) {
      #expect(html.contains("<li><a href=\"../../\(program.page.file)\">\(HTML.escaping(program.displayName))</a> <span class=\"count\">\(count) \(count == 1 ? "entry" : "entries")</span></li>"))
    }
    #expect(html.contains("<a href=\"../../countries/gb/feed.xml\">Atom feed for United Kingdom</a>"))
    let fund = try page("programs/uk-china-partnership-fund/index.html")
    #expect(fund.contains("<h2 id=\"related-heading\">Countries seen with this program</h2>"))
    #expect(fund.contains("<li><a href=\"../../countries/gb/index.html\">United Kingdom</a> <span class=\"count\">"))
  }

  @Test func chineseTextIsMarkedAsChinese() throws {
    #expect(try page("reports/uncstd-progress-2018/index.html").contains("(MOST, <span lang=\"zh\">中华人民共和国科学技术部</span>)"))
  }

  @Test func theHomePageAndItsStylesheetWeighUnder30KB() throws {
    let bytes = try #require(files["index.html"]).count + (try #require(files["assets/style.css"])).count
    #expect(bytes < 30 * 1024, "\(bytes) bytes")
  }
}
