import GazetteCore

/// Every report, announcement and presentation, grouped by year.
/// `items` holds the list items already written for the site's other pages.
public func makeReportsPage(site: Site, items: EntryItems = EntryItems()) -> HTML {
  let context = PageContext(config: site.config, page: .reports)
  let main: HTML = """
    <h1>Reports</h1>
    <p class="lead">Reports, announcements and presentations on international cooperation.</p>
    \(makeEntriesByYear(site.reports.map(Entry.report), context: context, items: items))
    """
  return makeLayout(
    title: "Reports", description: "Reports, announcements and presentations.", context: context,
    breadcrumbs: [Breadcrumb("Home", .home)], main: main)
}

/// One report entry.
public func makeReportPage(_ report: Report, site: Site) -> HTML {
  let context = PageContext(config: site.config, page: report.page)
  let organization: HTML = report.organization.map { " · \($0)" } ?? .empty
  let description = shortened(report.body.summary, limit: 200)
  let main: HTML = """
    <article class="article" data-pagefind-body>
    <header class="article-header">
    <p class="kicker" data-pagefind-meta="kind">\(report.kind.label)</p>
    <h1>\(report.title)</h1>
    <p class="article-meta">\(makeTime(report.date, isSearchDate: true))\(organization)</p>
    \(makeTags(countries: report.countries, programs: report.programs, site: site, context: context))\
    </header>
    <div class="prose">
    \(report.body.html(rootPrefix: context.rootPrefix))</div>
    </article>
    """
  return makeLayout(
    title: report.title, description: description, context: context, kind: .reading,
    breadcrumbs: [Breadcrumb("Home", .home), Breadcrumb("Reports", .reports)],
    structuredData: SchemaOrg.report(report, description: description, config: site.config), main: main)
}
