import GazetteCore

/// Every partner country with its number of entries.
public func makeCountriesPage(site: Site) -> HTML {
  let context = PageContext(config: site.config, page: .countries)
  let items: [HTML] = site.countries.map { country in
    let count = site.entries(for: country).count
    return "<li><a href=\"\(context.link(to: .country(country)))\">\(country.name)</a> <span class=\"count\">\(counted(count, "entry", "entries"))</span></li>\n"
  }
  let main: HTML = """
    <h1>Countries</h1>
    <p class="lead">\(counted(site.countries.count, "country is", "countries are")) named in the newsletter’s articles and reports.</p>
    <ul class="columns">
    \(items)</ul>
    """
  return makeLayout(
    title: "Countries", description: "Partner countries in \(site.config.title).", context: context, kind: .index,
    breadcrumbs: [Breadcrumb("Home", .home)], main: main)
}

/// One country: how much the newsletter wrote about it and when, the programs seen with it,
/// then every article and report that names it, newest first, by year.
/// `items` holds the list items already written for the site's other pages.
public func makeCountryPage(_ country: Country, site: Site, items: EntryItems = EntryItems()) -> HTML {
  let context = PageContext(config: site.config, page: .country(country))
  let entries = site.entries(for: country)
  let feed = FeedLink(title: "\(country.name) · \(site.config.title)", path: PagePath.country(country).folder + "feed.xml")
  let related = makeRelatedSection(
    "Programs seen with \(country.name)",
    site.programs(seenWith: country).map { ($0.program.displayName, $0.program.page, $0.count) }, context: context)
  let main: HTML = """
    <header class="index-header">
    <p class="kicker">Country</p>
    <h1>\(country.name)</h1>
    <p class="lead">\(describeEntries(entries))</p>
    <p class="feed-link"><a href="\(context.link(toFile: feed.path))">Atom feed for \(country.name)</a></p>
    </header>
    \(makeTimeline(entries, subject: "naming \(country.name)"))\
    \(related)\
    \(makeEntriesByYear(entries, context: context, items: items))
    """
  return makeLayout(
    title: country.name, description: "Cooperation with \(country.name) in \(site.config.title).",
    context: context, breadcrumbs: [Breadcrumb("Home", .home), Breadcrumb("Countries", .countries)],
    feeds: [feed], main: main)
}
