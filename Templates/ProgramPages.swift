import GazetteCore

/// Every cooperation program.
public func makeProgramsPage(site: Site) -> HTML {
  let context = PageContext(config: site.config, page: .programs)
  let items: [HTML] = site.programs.map { program in
    let count = site.entries(for: program).count
    return """
      <li class="entry">
      <h2 class="entry-title"><a href="\(context.link(to: program.page))">\(program.displayName)</a></h2>
      <p class="entry-meta">\(counted(count, "entry", "entries"))</p>
      \(makeSummary(program.description.summary))</li>

      """
  }
  let main: HTML = """
    <h1>Programs</h1>
    <ul class="entries">
    \(items)</ul>
    """
  return makeLayout(
    title: "Programs", description: "Cooperation programs in \(site.config.title).", context: context,
    breadcrumbs: [Breadcrumb("Home", .home)], main: main)
}

/// One program: its description, how much the newsletter wrote about it and when, the
/// countries seen with it, then its entries.
/// `items` holds the list items already written for the site's other pages.
public func makeProgramPage(_ program: Program, site: Site, items: EntryItems = EntryItems()) -> HTML {
  let context = PageContext(config: site.config, page: program.page)
  let entries = site.entries(for: program)
  let feed = FeedLink(title: "\(program.name) · \(site.config.title)", path: program.page.folder + "feed.xml")
  let website: HTML = program.url.map { "<p class=\"website\"><a href=\"\($0)\">Program website</a></p>\n" } ?? .empty
  let aliases: HTML =
    program.aliases.isEmpty ? .empty : "<p class=\"aliases\">Also known as: \(program.aliases.joined(separator: "; "))</p>\n"
  let related = makeRelatedSection(
    "Countries seen with this program",
    site.countries(seenWith: program).map { ($0.country.name, PagePath.country($0.country), $0.count) },
    context: context)
  let main: HTML = """
    <header class="index-header">
    <p class="kicker">Program</p>
    <h1>\(program.displayName)</h1>
    \(aliases)\
    </header>
    <div class="prose">
    \(program.description.html(rootPrefix: context.rootPrefix))</div>
    \(website)\
    <p class="lead">\(describeEntries(entries))</p>
    <p class="feed-link"><a href="\(context.link(toFile: feed.path))">Atom feed for this program</a></p>
    \(entries.isEmpty ? HTML.empty : makeTimeline(entries, subject: "naming \(program.displayName)"))\
    \(related)\
    \(makeEntriesByYear(entries, context: context, items: items))
    """
  return makeLayout(
    title: program.displayName, description: shortened(program.description.summary, limit: 200),
    context: context, breadcrumbs: [Breadcrumb("Home", .home), Breadcrumb("Programs", .programs)],
    feeds: [feed], main: main)
}
