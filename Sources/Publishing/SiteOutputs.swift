import GazetteCore
import Templates

/// Every file of the site for `site`: pages (the search page too), feeds, sitemap,
/// robots.txt, 404 page, stylesheet, the search page's script and the favicon. The search
/// index is not among them: Pagefind writes it after the pages (`SearchIndex`). Nothing is
/// rendered until a file's `render` is called.
///
/// Each file's `inputs` digest covers the content files it shows (see `InputDigests`), so
/// that a build renders only the files a change reaches. The lists take the items they
/// share from `items`.
public func makeOutputs(for site: Site, items: EntryItems = EntryItems()) -> [OutputFile] {
  let files = SiteFiles(site: site, items: items)
  let digests = files.digests

  // The pages that list many entries come first, so that rendering, which goes in this
  // order on all cores, does not end with one core on a long page.
  var pages = files.indexPages()
  // A country's page lists every entry that names it: their digests are combined on all
  // cores.
  pages += site.countries.parallelMap(files.page(of:))
  for program in site.programs {
    pages.append(files.page(of: program))
  }
  pages.append(SitePage(.search, nil, digests.config) { makeSearchPage(site: site) })
  // The many pages of issues and articles are made, digests and all, on all cores.
  pages += site.issues.parallelMap { SitePage.issue($0, site: site, digests: digests) }.joined()
  for report in site.reports {
    pages.append(SitePage.report(report, site: site, digests: digests))
  }

  var outputs: [OutputFile] = []
  outputs.reserveCapacity(pages.count + site.countries.count + site.programs.count + 7)
  func add(_ path: String, _ inputs: UInt64, render: @escaping @Sendable () -> String) {
    outputs.append(OutputFile(path: path, inputs: digests.of(path, inputs), render: render))
  }
  let config = site.config
  let sitemapURLs = pages.map { SitemapURL(page: $0.page, lastModified: $0.lastModified) }
  add("sitemap.xml", digests.of(sitemapURLs)) {
    makeSitemap(sitemapURLs.sorted { $0.page < $1.page }, config: config).markup
  }
  outputs.append(files.siteFeed())
  for country in site.countries {
    outputs.append(files.feed(of: country))
  }
  for program in site.programs {
    outputs.append(files.feed(of: program))
  }
  outputs += pages.parallelMap { $0.output(digests: digests) }
  add("robots.txt", digests.config) { makeRobots(config: config) }
  add("404.html", digests.config) { makeNotFoundPage(site: site).markup }
  add(stylesheetPath, 0) { stylesheet }
  add(searchScriptPath, 0) { searchScript }
  add(faviconPath, 0) { favicon }
  return outputs
}

/// The pages of `site` that show the bodies of `entries`, articles and reports of `site`
/// (an issue's page shows its articles'): after edits that changed only the bodies' HTML,
/// the files `makeOutputs` would find changed, with the same inputs, at a fraction of the
/// cost.
public func makeOutputs(for site: Site, showingBodiesOf entries: [Entry]) -> [OutputFile] {
  let files = SiteFiles(site: site, items: EntryItems())
  return files.pages(of: entries, listing: false).map { $0.output(digests: files.digests) }
}

/// The files of `site` that may show or list `entries`, articles and reports of `site`
/// that edits left in their places (the same date, countries and programs: see
/// `SiteAssembler.applyEdits`): among them every file `makeOutputs` would find changed,
/// with the same inputs, without going through the whole site. (The lists and feeds that
/// show only the newest entries are always among them; their inputs tell whether they
/// changed.) The lists take the items of the entries that did not change from `items`.
public func makeOutputs(for site: Site, listing entries: [Entry], items: EntryItems) -> [OutputFile] {
  let files = SiteFiles(site: site, items: items)
  let digests = files.digests
  var outputs = [files.siteFeed()]
  var pages = files.indexPages()
  for country in Set(entries.flatMap(\.countries)).sorted() {
    pages.append(files.page(of: country))
    outputs.append(files.feed(of: country))
  }
  for program in Set(entries.flatMap(\.programs)).sorted().compactMap(site.program(slug:)) {
    pages.append(files.page(of: program))
    outputs.append(files.feed(of: program))
  }
  pages += files.pages(of: entries, listing: true)
  return outputs + pages.map { $0.output(digests: digests) }
}

/// The files that list many entries, each declared once for `makeOutputs` and its
/// narrower forms.
private struct SiteFiles {
  let site: Site
  let digests: InputDigests
  /// The list items written so far.
  let items: EntryItems

  init(site: Site, items: EntryItems) {
    self.site = site
    digests = InputDigests(site: site)
    self.items = items
  }

  /// The pages of the articles and reports `entries` and of their issues that show them
  /// (their own, their issue's), and with `listing` those that list them too (the
  /// neighbouring articles' pages). Issues are found by number, not by every path.
  func pages(of entries: [Entry], listing: Bool) -> [SitePage] {
    let paths = Set(entries.map(\.sourcePath))
    var pages: [SitePage] = []
    var issueNumbers: Set<Int> = []
    for entry in entries {
      switch entry {
      case .article(let article): issueNumbers.insert(article.issueNumber)
      case .report(let report): pages.append(SitePage.report(report, site: site, digests: digests))
      }
    }
    for issue in site.issues where issueNumbers.contains(issue.number) {
      pages += SitePage.issue(issue, site: site, digests: digests).filter {
        $0.shown.contains(where: paths.contains) || (listing && $0.listed.contains(where: paths.contains))
      }
    }
    return pages
  }

  /// The home page and the lists of issues, reports, countries and programs. The home
  /// page shows the latest issue's contents, the newest reports, and the countries and
  /// programs with their counts.
  func indexPages() -> [SitePage] {
    let (site, items) = (site, items)
    let latestIssue = site.latestIssue.map { [$0.sourcePath] + $0.articles.map(\.sourcePath) } ?? []
    let newestReports = site.reports.prefix(homePageReportCount).map(\.sourcePath)
    let home = digests.of(listing: latestIssue + newestReports, withPrograms: true, withCounts: true)
    let issues = digests.of(listing: site.issues.lazy.map(\.sourcePath), withCounts: true)
    let reports = digests.of(listing: site.reports.lazy.map(\.sourcePath))
    return [
      SitePage(.home, site.entries.first?.date, home) { makeHomePage(site: site) },
      SitePage(.issues, site.latestIssue?.date, issues) { makeIssueArchivePage(site: site) },
      SitePage(.reports, site.reports.first?.date, reports) { makeReportsPage(site: site, items: items) },
      SitePage(.countries, nil, digests.of(withCounts: true)) { makeCountriesPage(site: site) },
      SitePage(.programs, nil, digests.of(withPrograms: true, withCounts: true)) { makeProgramsPage(site: site) },
    ]
  }

  /// The site's feed: the newest entries.
  func siteFeed() -> OutputFile {
    let config = site.config
    let entries = site.entries
    let inputs = digests.of(listing: entries.prefix(feedEntryLimit).lazy.map(\.sourcePath))
    return OutputFile(path: "feed.xml", inputs: digests.of("feed.xml", inputs)) {
      makeAtomFeed(title: config.title, path: "feed.xml", page: .home, entries: entries, config: config).markup
    }
  }

  /// A country's page: every entry that names it, and the programs seen with it.
  func page(of country: Country) -> SitePage {
    let (site, items) = (site, items)
    let entries = site.entries(for: country)
    let inputs = digests.of(listing: entries.lazy.map(\.sourcePath), withPrograms: true)
    return SitePage(.country(country), entries.first?.date, inputs) { makeCountryPage(country, site: site, items: items) }
  }

  /// A program's page: its description, and the entries that name it.
  func page(of program: Program) -> SitePage {
    let (site, items) = (site, items)
    let shown = [program.sourcePath]
    let entries = site.entries(for: program)
    let inputs = digests.of(showing: shown, listing: entries.lazy.map(\.sourcePath))
    return SitePage(program.page, entries.first?.date, inputs, showing: shown) {
      makeProgramPage(program, site: site, items: items)
    }
  }

  /// A country's feed: its newest entries.
  func feed(of country: Country) -> OutputFile {
    let config = site.config
    let path = PagePath.country(country).folder + "feed.xml"
    let entries = site.entries(for: country)
    let inputs = digests.of(listing: entries.prefix(feedEntryLimit).lazy.map(\.sourcePath))
    return OutputFile(path: path, inputs: digests.of(path, inputs)) {
      makeAtomFeed(
        title: "\(country.name) · \(config.title)", path: path, page: .country(country), entries: entries,
        config: config
      ).markup
    }
  }

  /// A program's feed, which names the program and shows none of its description, and
  /// its newest entries.
  func feed(of program: Program) -> OutputFile {
    let config = site.config
    let path = program.page.folder + "feed.xml"
    let entries = site.entries(for: program)
    let inputs = digests.of(listing: [program.sourcePath] + entries.prefix(feedEntryLimit).map(\.sourcePath))
    return OutputFile(path: path, inputs: digests.of(path, inputs)) {
      makeAtomFeed(
        title: "\(program.name) · \(config.title)", path: path, page: program.page, entries: entries, config: config
      ).markup
    }
  }
}

/// A page of the site, not yet rendered: where it goes, its date for the sitemap, what it
/// is made from, and the content files whose bodies it shows, and (for an issue's pages)
/// those it lists.
private struct SitePage {
  let page: PagePath
  let lastModified: Day?
  let inputs: UInt64
  let shown: [String]
  let listed: [String]
  let render: @Sendable () -> HTML

  init(
    _ page: PagePath, _ lastModified: Day?, _ inputs: UInt64, showing shown: [String] = [],
    listing listed: [String] = [], render: @escaping @Sendable () -> HTML
  ) {
    self.page = page
    self.lastModified = lastModified
    self.inputs = inputs
    self.shown = shown
    self.listed = listed
    self.render = render
  }

  func output(digests: InputDigests) -> OutputFile {
    OutputFile(path: page.file, inputs: digests.of(page.file, inputs)) { render().markup }
  }

  /// An issue's page, which shows the issue's note and every article in full, and each
  /// article's page; the issue's and the neighbouring articles' titles are listing, and all show
  /// program names (the tags).
  static func issue(_ issue: Issue, site: Site, digests: InputDigests) -> [SitePage] {
    let shown = [issue.sourcePath] + issue.articles.map(\.sourcePath)
    var pages = [
      SitePage(issue.page, issue.date, digests.of(showing: shown, withPrograms: true), showing: shown) {
        makeIssuePage(issue, site: site)
      }
    ]
    for (index, article) in issue.articles.enumerated() {
      let neighbours = issue.articles[max(index - 1, 0)..<min(index + 2, issue.articles.count)]
      let listed = [issue.sourcePath] + neighbours.lazy.map(\.sourcePath).filter { $0 != article.sourcePath }
      let shown = [article.sourcePath]
      let inputs = digests.of(showing: shown, listing: listed, withPrograms: true)
      pages.append(
        SitePage(article.page, article.date, inputs, showing: shown, listing: listed) {
          makeArticlePage(article, in: issue, site: site)
        })
    }
    return pages
  }

  static func report(_ report: Report, site: Site, digests: InputDigests) -> SitePage {
    let shown = [report.sourcePath]
    return SitePage(report.page, report.date, digests.of(showing: shown, withPrograms: true), showing: shown) {
      makeReportPage(report, site: site)
    }
  }
}

/// Digests of what pages are made from, built from the digests of the content files
/// (`Site.sourceDigests`). Every page depends on `site.yml`. A page that shows a file's
/// body depends on all of that file (its full digest); a page that lists a file, or
/// names it in a link, depends on what lists show (its listing digest), so that an edit
/// below an article's first paragraph re-renders its own page and its issue's, not the
/// lists it is on. Pages that show program names depend on every program file's listing;
/// pages that count entries on every count. Gazette's own version is not here: the
/// output manifest records it, and a new version renders all.
struct InputDigests {
  private let site: Site
  /// `site.yml` alone.
  let config: UInt64
  /// Every program file's listing.
  private let programs: UInt64
  /// How many entries name each country and each program, and how many articles each
  /// issue has: what the lists count.
  private let counts: UInt64

  init(site: Site) {
    self.site = site
    var config = StableHash()
    config.combine(site.sourceDigests["site.yml"]?.full ?? 0)
    self.config = config.value
    var programs = StableHash()
    for program in site.programs { programs.combine(site.sourceDigests[program.sourcePath]?.listing ?? 0) }
    self.programs = programs.value
    var counts = StableHash()
    for country in site.countries {
      counts.combine(country.code)
      counts.combine(UInt64(site.entries(for: country).count))
    }
    for program in site.programs {
      counts.combine(program.slug)
      counts.combine(UInt64(site.entries(for: program).count))
    }
    for issue in site.issues {
      counts.combine(UInt64(issue.number))
      counts.combine(UInt64(issue.articles.count))
    }
    self.counts = counts.value
  }

  /// A page that shows the bodies of the content files at `shown` and lists the files at
  /// `listed`; with every program file if it shows program names, and with the counts if
  /// it counts entries.
  func of(
    showing shown: [String] = [], listing listed: some Sequence<String> = [String](), withPrograms: Bool = false,
    withCounts: Bool = false
  ) -> UInt64 {
    var hash = StableHash()
    hash.combine(config)
    hash.combine(UInt64(shown.count))
    for path in shown { hash.combine(site.sourceDigests[path]?.full ?? 0) }
    for path in listed { hash.combine(site.sourceDigests[path]?.listing ?? 0) }
    if withPrograms { hash.combine(programs) }
    if withCounts { hash.combine(counts) }
    return hash.value
  }

  /// The sitemap: the address and date of every page, and `site.yml` (for the base URL).
  /// An edit that changes no page's date leaves it as it is.
  func of(_ urls: [SitemapURL]) -> UInt64 {
    var hash = StableHash()
    hash.combine(config)
    for url in urls {
      hash.combine(url.page.folder)
      hash.combine(url.lastModified.map { UInt64($0.year * 10_000 + $0.month * 100 + $0.day) } ?? 0)
    }
    return hash.value
  }

  /// One output file: its path with what it is made from.
  func of(_ path: String, _ inputs: UInt64) -> UInt64 {
    var hash = StableHash()
    hash.combine(path)
    hash.combine(inputs)
    return hash.value
  }
}
