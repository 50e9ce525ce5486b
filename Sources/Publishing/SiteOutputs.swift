import GazetteCore
import Templates

/// Every file of the site for `site`: pages (the search page too), feeds, sitemap,
/// robots.txt, 404 page, stylesheet, the search page's script and the favicon. The search
/// index is not among them: Pagefind writes it after the pages (`SearchIndex`). Nothing is rendered until a file's `render` is called.
public func makeOutputs(for site: Site) -> [OutputFile] {
  let config = site.config
  var pages: [(page: PagePath, lastModified: Day?, render: @Sendable () -> HTML)] = []

  pages.append((.home, site.entries.first?.date, { makeHomePage(site: site) }))
  pages.append((.issues, site.latestIssue?.date, { makeIssueArchivePage(site: site) }))
  for issue in site.issues {
    pages.append((issue.page, issue.date, { makeIssuePage(issue, site: site) }))
    for article in issue.articles {
      pages.append((article.page, article.date, { makeArticlePage(article, in: issue, site: site) }))
    }
  }
  pages.append((.reports, site.reports.first?.date, { makeReportsPage(site: site) }))
  for report in site.reports {
    pages.append((report.page, report.date, { makeReportPage(report, site: site) }))
  }
  pages.append((.countries, nil, { makeCountriesPage(site: site) }))
  for country in site.countries {
    pages.append((.country(country), site.entries(for: country).first?.date, { makeCountryPage(country, site: site) }))
  }
  pages.append((.programs, nil, { makeProgramsPage(site: site) }))
  for program in site.programs {
    pages.append((program.page, site.entries(for: program).first?.date, { makeProgramPage(program, site: site) }))
  }
  pages.append((.search, nil, { makeSearchPage(site: site) }))

  var outputs = pages.map { page in OutputFile(path: page.page.file) { page.render().markup } }

  outputs.append(
    OutputFile(path: "feed.xml") {
      makeAtomFeed(title: config.title, path: "feed.xml", page: .home, entries: site.entries, config: config).markup
    })
  for country in site.countries {
    let path = PagePath.country(country).folder + "feed.xml"
    outputs.append(
      OutputFile(path: path) {
        makeAtomFeed(
          title: "\(country.name) · \(config.title)", path: path, page: .country(country),
          entries: site.entries(for: country), config: config
        ).markup
      })
  }
  for program in site.programs {
    let path = program.page.folder + "feed.xml"
    outputs.append(
      OutputFile(path: path) {
        makeAtomFeed(
          title: "\(program.name) · \(config.title)", path: path, page: program.page,
          entries: site.entries(for: program), config: config
        ).markup
      })
  }

  let sitemapURLs = pages.map { SitemapURL(page: $0.page, lastModified: $0.lastModified) }
    .sorted { $0.page < $1.page }
  outputs.append(OutputFile(path: "sitemap.xml") { makeSitemap(sitemapURLs, config: config).markup })
  outputs.append(OutputFile(path: "robots.txt") { makeRobots(config: config) })
  outputs.append(OutputFile(path: "404.html") { makeNotFoundPage(site: site).markup })
  outputs.append(OutputFile(path: stylesheetPath) { stylesheet })
  outputs.append(OutputFile(path: searchScriptPath) { searchScript })
  outputs.append(OutputFile(path: faviconPath) { favicon })
  return outputs
}
