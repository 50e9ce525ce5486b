import GazetteCore
import Templates

/// Every file of the site for `site`: pages (the search page too), feeds, sitemap,
/// robots.txt, 404 page, stylesheet, the search page's script and the favicon. The search
/// index is not among them: Pagefind writes it after the pages (`SearchIndex`). Nothing is
/// rendered until a file's `render` is called.
///
/// Each file's `inputs` digest covers the content files it shows (see `InputDigests`), so
/// that a build renders only the files a change reaches.
public func makeOutputs(for site: Site) -> [OutputFile] {
  let config = site.config
  let digests = InputDigests(site: site)
  var pages: [(page: PagePath, lastModified: Day?, inputs: UInt64, render: @Sendable () -> HTML)] = []

  pages.append((.home, site.entries.first?.date, digests.everything, { makeHomePage(site: site) }))
  pages.append((.issues, site.latestIssue?.date, digests.everything, { makeIssueArchivePage(site: site) }))
  for issue in site.issues {
    pages.append((issue.page, issue.date, digests.of(issue), { makeIssuePage(issue, site: site) }))
    for (index, article) in issue.articles.enumerated() {
      pages.append(
        (article.page, article.date, digests.of(articleAt: index, in: issue), {
          makeArticlePage(article, in: issue, site: site)
        }))
    }
  }
  pages.append((.reports, site.reports.first?.date, digests.everything, { makeReportsPage(site: site) }))
  for report in site.reports {
    let inputs = digests.of(showing: [report.sourcePath], withPrograms: true)
    pages.append((report.page, report.date, inputs, { makeReportPage(report, site: site) }))
  }
  // A country's or a program's page and feed list the same entries.
  let countryInputs = site.countries.map { digests.of(listing: site.entries(for: $0).lazy.map(\.sourcePath)) }
  let programInputs = site.programs.map {
    digests.of(showing: [$0.sourcePath], listing: site.entries(for: $0).lazy.map(\.sourcePath))
  }
  pages.append((.countries, nil, digests.everything, { makeCountriesPage(site: site) }))
  for (country, inputs) in zip(site.countries, countryInputs) {
    pages.append(
      (.country(country), site.entries(for: country).first?.date, digests.withPrograms(inputs), {
        makeCountryPage(country, site: site)
      }))
  }
  pages.append((.programs, nil, digests.everything, { makeProgramsPage(site: site) }))
  for (program, inputs) in zip(site.programs, programInputs) {
    pages.append((program.page, site.entries(for: program).first?.date, inputs, { makeProgramPage(program, site: site) }))
  }
  pages.append((.search, nil, digests.config, { makeSearchPage(site: site) }))

  var outputs = pages.map { page in
    OutputFile(path: page.page.file, inputs: digests.of(page.page.file, page.inputs)) { page.render().markup }
  }
  func add(_ path: String, _ inputs: UInt64, render: @escaping @Sendable () -> String) {
    outputs.append(OutputFile(path: path, inputs: digests.of(path, inputs), render: render))
  }

  add("feed.xml", digests.everything) {
    makeAtomFeed(title: config.title, path: "feed.xml", page: .home, entries: site.entries, config: config).markup
  }
  for (country, inputs) in zip(site.countries, countryInputs) {
    let path = PagePath.country(country).folder + "feed.xml"
    let entries = site.entries(for: country)
    add(path, inputs) {
      makeAtomFeed(
        title: "\(country.name) · \(config.title)", path: path, page: .country(country), entries: entries,
        config: config
      ).markup
    }
  }
  for (program, inputs) in zip(site.programs, programInputs) {
    let path = program.page.folder + "feed.xml"
    let entries = site.entries(for: program)
    add(path, inputs) {
      makeAtomFeed(
        title: "\(program.name) · \(config.title)", path: path, page: program.page, entries: entries, config: config
      ).markup
    }
  }

  let sitemapURLs = pages.map { SitemapURL(page: $0.page, lastModified: $0.lastModified) }
  add("sitemap.xml", digests.everything) {
    makeSitemap(sitemapURLs.sorted { $0.page < $1.page }, config: config).markup
  }
  add("robots.txt", digests.config) { makeRobots(config: config) }
  add("404.html", digests.config) { makeNotFoundPage(site: site).markup }
  add(stylesheetPath, 0) { stylesheet }
  add(searchScriptPath, 0) { searchScript }
  add(faviconPath, 0) { favicon }
  return outputs
}

/// Digests of what pages are made from, built from the digests of the content files
/// (`Site.sourceDigests`). Every page depends on `site.yml`. A page that shows a file's
/// body depends on all of that file (its full digest); a page that lists a file, or
/// names it in a link, depends on what lists show (its listing digest), so that an edit
/// below an article's first paragraph re-renders its own page and its issue's, not the
/// lists it is on. Pages that show program names depend on every program file's listing;
/// pages that show the whole site on every file's. Gazette's own version is not here: the
/// output manifest records it, and a new version renders all.
struct InputDigests {
  private let site: Site
  /// `site.yml` alone.
  let config: UInt64
  /// Every content file's listing.
  let everything: UInt64
  /// Every program file's listing.
  private let programs: UInt64

  init(site: Site) {
    self.site = site
    var config = StableHash()
    config.combine(site.sourceDigests["site.yml"]?.full ?? 0)
    self.config = config.value
    // The published files only: drafts and future entries are not part of the site.
    var everything = StableHash()
    everything.combine(config.value)
    for issue in site.issues {
      everything.combine(site.sourceDigests[issue.sourcePath]?.listing ?? 0)
      for article in issue.articles { everything.combine(site.sourceDigests[article.sourcePath]?.listing ?? 0) }
    }
    for report in site.reports { everything.combine(site.sourceDigests[report.sourcePath]?.listing ?? 0) }
    for program in site.programs { everything.combine(site.sourceDigests[program.sourcePath]?.listing ?? 0) }
    self.everything = everything.value
    var programs = StableHash()
    for program in site.programs { programs.combine(site.sourceDigests[program.sourcePath]?.listing ?? 0) }
    self.programs = programs.value
  }

  /// A page that shows the bodies of the content files at `shown` and lists the files at
  /// `listed`; with every program file if it shows program names.
  func of(
    showing shown: [String] = [], listing listed: some Sequence<String> = [String](), withPrograms: Bool = false
  ) -> UInt64 {
    var hash = StableHash()
    hash.combine(config)
    hash.combine(UInt64(shown.count))
    for path in shown { hash.combine(site.sourceDigests[path]?.full ?? 0) }
    for path in listed { hash.combine(site.sourceDigests[path]?.listing ?? 0) }
    if withPrograms { hash.combine(programs) }
    return hash.value
  }

  /// `inputs`, and every program file: for a page that shows program names.
  func withPrograms(_ inputs: UInt64) -> UInt64 {
    var hash = StableHash()
    hash.combine(inputs)
    hash.combine(programs)
    return hash.value
  }

  /// An issue's page: the issue and every article in it in full, and the program files
  /// (for the tags).
  func of(_ issue: Issue) -> UInt64 {
    of(showing: [issue.sourcePath] + issue.articles.map(\.sourcePath), withPrograms: true)
  }

  /// The page of the article at `index` in `issue`: the article in full; its issue, and
  /// the articles before and after it (for the previous and next links); the program
  /// files (for the tags).
  func of(articleAt index: Int, in issue: Issue) -> UInt64 {
    let article = issue.articles[index]
    let neighbours = issue.articles[max(index - 1, 0)..<min(index + 2, issue.articles.count)]
    return of(
      showing: [article.sourcePath], listing: [issue.sourcePath] + neighbours.lazy.map(\.sourcePath).filter { $0 != article.sourcePath },
      withPrograms: true)
  }

  /// One output file: its path with what it is made from.
  func of(_ path: String, _ inputs: UInt64) -> UInt64 {
    var hash = StableHash()
    hash.combine(path)
    hash.combine(inputs)
    return hash.value
  }
}
