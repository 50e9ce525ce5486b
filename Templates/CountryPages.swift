import GazetteCore

/// Every partner country with its number of entries.
public func makeCountriesPage(site: Site) -> HTML {
  let context = PageContext(config: site.config, page: .countries)
  let items: [HTML] = site.countries.map { country in
    let count = site.entries(for: country).count
    return "<li><a href=\"\(context.link(to: .country(country)))\">\(country.name)</a> <span class=\"count\">\(String(count)) \(count == 1 ? "entry" : "entries")</span></li>\n"
  }
  let main: HTML = """
    <h1>Countries</h1>
    <ul class="columns">
    \(items)</ul>
    """
  return makeLayout(
    title: "Countries", description: "Partner countries in \(site.config.title).", context: context,
    breadcrumbs: [Breadcrumb("Home", .home)], main: main)
}

/// One country: every article and report that names it, newest first, by year.
public func makeCountryPage(_ country: Country, site: Site) -> HTML {
  let context = PageContext(config: site.config, page: .country(country))
  let entries = site.entries(for: country)
  let feed = FeedLink(title: "\(country.name) · \(site.config.title)", path: PagePath.country(country).folder + "feed.xml")
  let main: HTML = """
    <h1>\(country.name)</h1>
    <p class="lead">\(String(entries.count)) \(entries.count == 1 ? "entry names" : "entries name") \(country.name). <a href="\(context.link(toFile: feed.path))">Atom feed</a></p>
    \(makeEntriesByYear(entries, context: context))
    """
  return makeLayout(
    title: country.name, description: "Cooperation with \(country.name) in \(site.config.title).",
    context: context, breadcrumbs: [Breadcrumb("Home", .home), Breadcrumb("Countries", .countries)],
    feeds: [feed], main: main)
}
