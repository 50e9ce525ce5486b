import GazetteCore

/// `<time>` with the day written out.
func makeTime(_ day: Day) -> HTML {
  "<time datetime=\"\(day.description)\">\(day.longText)</time>"
}

/// Links to the countries and programs an entry names.
func makeTags(countries: [Country], programs: [String], site: Site, context: PageContext) -> HTML {
  var items: [HTML] = countries.map {
    "<li><a class=\"tag tag-country\" href=\"\(context.link(to: .country($0)))\">\($0.name)</a></li>"
  }
  for slug in programs {
    guard let program = site.program(slug: slug) else { continue }
    items.append("<li><a class=\"tag tag-program\" href=\"\(context.link(to: program.page))\">\(program.acronym ?? program.name)</a></li>")
  }
  guard !items.isEmpty else { return .empty }
  return "<ul class=\"tags\" aria-label=\"Countries and programs\">\(items)</ul>\n"
}

/// One entry in a list of articles and reports: title, kind, date and summary.
func makeEntryItem(_ entry: Entry, context: PageContext, headingLevel: Int = 3) -> HTML {
  let heading = HTML(raw: "h\(headingLevel)")
  return """
    <li class="entry">
    <\(heading) class="entry-title"><a href="\(context.link(to: entry.page))">\(entry.title)</a></\(heading)>
    <p class="entry-meta">\(entry.kindLabel) · \(makeTime(entry.date))</p>
    \(makeSummary(entry.summary))</li>

    """
}

/// A summary paragraph, cut at a word near `limit` characters.
func makeSummary(_ text: String, limit: Int = 280) -> HTML {
  guard !text.isEmpty else { return .empty }
  return "<p class=\"summary\">\(shortened(text, limit: limit))</p>\n"
}

/// `text`, cut at the last space before `limit` characters, with an ellipsis.
func shortened(_ text: String, limit: Int) -> String {
  guard text.count > limit else { return text }
  let cut = text.prefix(limit)
  let end = cut.lastIndex(of: " ") ?? cut.endIndex
  return String(cut[..<end]) + "…"
}

/// Entries grouped under a heading per year, newest first.
func makeEntriesByYear(_ entries: [Entry], context: PageContext) -> HTML {
  var groups: [(year: Int, entries: [Entry])] = []
  for entry in entries {
    if groups.last?.year == entry.date.year {
      groups[groups.count - 1].entries.append(entry)
    } else {
      groups.append((entry.date.year, [entry]))
    }
  }
  let sections: [HTML] = groups.map { group in
    let items = group.entries.map { makeEntryItem($0, context: context) }
    return """
      <section class="year" aria-labelledby="year-\(String(group.year))">
      <h2 id="year-\(String(group.year))">\(String(group.year))</h2>
      <ul class="entries">
      \(items)</ul>
      </section>

      """
  }
  return sections.joined()
}
