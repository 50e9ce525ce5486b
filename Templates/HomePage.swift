import GazetteCore

/// How many of the newest reports the home page lists.
public let homePageReportCount = 5

/// The home page: the latest issue's contents, recent reports, and ways to browse.
public func makeHomePage(site: Site) -> HTML {
  let context = PageContext(config: site.config, page: .home)
  var latest: HTML = .empty
  if let issue = site.latestIssue {
    let sections: [HTML] = issue.articlesBySection.map { group in
      let items: [HTML] = group.articles.map {
        "<li><a href=\"\(context.link(to: $0.page))\">\($0.title)</a></li>\n"
      }
      return """
        <h3 class="section-label">\(group.section)</h3>
        <ul class="contents">
        \(items)</ul>

        """
    }
    latest = """
      <section class="latest-issue" aria-labelledby="latest-heading">
      <p class="kicker">Latest issue</p>
      <h2 id="latest-heading"><a href="\(context.link(to: issue.page))">No. \(String(issue.number))</a> <span class="issue-date">\(makeTime(issue.date))</span></h2>
      \(makeSummary(issue.note.summary, limit: 320))\
      \(sections)\
      <p class="more"><a href="\(context.link(to: issue.page))">Read No. \(String(issue.number)) in full</a> · <a href="\(context.link(to: .issues))">All issues</a></p>
      </section>

      """
  }
  let reports = site.reports.prefix(homePageReportCount).map { makeEntryItem(.report($0), context: context, summaryLimit: 160) }
  let countries: [HTML] = site.countries.map {
    "<li><a href=\"\(context.link(to: .country($0)))\">\($0.name)</a> <span class=\"count\">\(String(site.entries(for: $0).count))</span></li>\n"
  }
  let programs: [HTML] = site.programs.map {
    "<li><a href=\"\(context.link(to: $0.page))\">\($0.displayName)</a> <span class=\"count\">\(String(site.entries(for: $0).count))</span></li>\n"
  }
  let main: HTML = """
    <h1 class="visually-hidden">\(site.config.title)</h1>
    <div class="front">
    \(latest)\
    <section class="recent-reports" aria-labelledby="reports-heading">
    <h2 id="reports-heading">Recent reports</h2>
    <ul class="entries">
    \(Array(reports))</ul>
    <p class="more"><a href="\(context.link(to: .reports))">All reports</a></p>
    </section>
    </div>
    <section class="browse" aria-labelledby="countries-heading">
    <h2 id="countries-heading">Browse by country</h2>
    <p class="note">With the number of articles and reports that name each country.</p>
    <ul class="columns">
    \(countries)</ul>
    </section>
    <section class="browse" aria-labelledby="programs-heading">
    <h2 id="programs-heading">Browse by program</h2>
    <ul class="columns wide-columns">
    \(programs)</ul>
    </section>
    """
  return makeLayout(
    title: site.config.title, description: site.config.description, context: context, kind: .index,
    structuredData: SchemaOrg.home(site.config), main: main)
}
