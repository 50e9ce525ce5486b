import GazetteCore

/// `<time>` with the day written out; with `isSearchDate`, also the date that search
/// results show (Pagefind metadata).
func makeTime(_ day: Day, isSearchDate: Bool = false) -> HTML {
  let meta: HTML = isSearchDate ? " data-pagefind-meta=\"date\"" : ""
  return "<time datetime=\"\(day.description)\"\(meta)>\(day.longText)</time>"
}

/// Links to the countries and programs an entry names.
func makeTags(countries: [Country], programs: [String], site: Site, context: PageContext) -> HTML {
  var items: [HTML] = countries.map {
    "<li><a class=\"tag tag-country\" href=\"\(context.link(to: .country($0)))\">\($0.name)</a></li>"
  }
  for slug in programs {
    guard let program = site.program(slug: slug) else { continue }
    items.append(
      "<li><a class=\"tag tag-program\" href=\"\(context.link(to: program.page))\">\(program.acronym ?? program.name)</a></li>"
    )
  }
  guard !items.isEmpty else { return .empty }
  return "<ul class=\"tags\" aria-label=\"Countries and programs\">\(items)</ul>\n"
}

/// One entry in a list of articles and reports: title, kind, date and summary.
func makeEntryItem(_ entry: Entry, context: PageContext, headingLevel: Int = 3, summaryLimit: Int = 280) -> HTML {
  let heading = HTML(raw: "h\(headingLevel)")
  return """
    <li class="entry">
    <\(heading) class="entry-title"><a href="\(context.link(to: entry.page))">\(entry.title)</a></\(heading)>
    <p class="entry-meta">\(entry.kindLabel) · \(makeTime(entry.date))</p>
    \(makeSummary(entry.summary, limit: summaryLimit))</li>

    """
}

/// A summary paragraph, cut at a word near `limit` characters.
func makeSummary(_ text: String, limit: Int = 280) -> HTML {
  guard !text.isEmpty else { return .empty }
  return "<p class=\"summary\">\(shortened(text, limit: limit))</p>\n"
}

/// `text`, cut at the last space before `limit` characters, with an ellipsis.
func shortened(_ text: String, limit: Int) -> String {
  // No more bytes than `limit` means no more characters.
  guard text.utf8.count > limit else { return text }
  // The usual text is made of scalars that are characters by themselves: count them on
  // the UTF-8 bytes, much faster than finding where characters end.
  let cutByScalars = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
    guard let cut = cutOffset(bytes, limit: limit) else { return nil }
    return cut == bytes.count ? text : String(decoding: bytes[..<cut], as: UTF8.self) + "…"
  }
  if let cutByScalars = cutByScalars ?? nil { return cutByScalars }
  // Otherwise count only `limit` characters, not all of a long summary.
  guard let limitIndex = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex),
    limitIndex < text.endIndex
  else { return text }
  let cut = text[..<limitIndex]
  let end = cut.lastIndex(of: " ") ?? cut.endIndex
  return String(cut[..<end]) + "…"
}

/// Where `shortened` cuts UTF-8 `bytes` (the whole count if it does not), counting
/// scalars; nil unless the first `limit + 1` characters are scalars that stand alone.
private func cutOffset(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> Int? {
  var end = 0
  var lastSpace: Int?
  for _ in 0..<limit {
    guard end < bytes.count else { return bytes.count }
    guard let length = lengthOfScalarAlone(in: bytes, at: end) else { return nil }
    if bytes[end] == UInt8(ascii: " ") { lastSpace = end }
    end += length
  }
  guard end < bytes.count else { return bytes.count }
  guard lengthOfScalarAlone(in: bytes, at: end) != nil else { return nil }
  return lastSpace ?? end
}

/// The length of the UTF-8 scalar at `index` if it is a character by itself next to any
/// other such scalar, nil otherwise: ASCII but CR (which pairs with LF), U+0080–U+02FF
/// (Latin letters; combining marks start at U+0300), and U+2010–U+2027 and U+2030–U+205E
/// (dashes, curly quotes, ellipsis).
private func lengthOfScalarAlone(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
  switch bytes[index] {
  case UInt8(ascii: "\r"): return nil
  case ..<0x80: return 1
  case 0xC2..<0xCC: return 2
  case 0xE2 where index + 2 < bytes.count:
    let (second, third) = (bytes[index + 1], bytes[index + 2])
    let isPunctuation = second == 0x80 && ((0x90...0xA7).contains(third) || third >= 0xB0) || second == 0x81 && third <= 0x9E
    return isPunctuation ? 3 : nil
  default: return nil
  }
}

/// Entries grouped under a heading per year, newest first, their items taken from `items`
/// when written before. The years of a long list (a country named by 5,000 entries) are
/// written on all cores.
func makeEntriesByYear(_ entries: [Entry], context: PageContext, items: EntryItems) -> HTML {
  var years: [Range<Int>] = []
  var start = entries.startIndex
  while start < entries.endIndex {
    let year = entries[start].date.year
    let end = entries[start...].firstIndex { $0.date.year != year } ?? entries.endIndex
    years.append(start..<end)
    start = end
  }
  let makeSection: @Sendable (Range<Int>) -> HTML = { makeYearSection(entries[$0], context: context, items: items) }
  return (entries.count < 1_000 ? years.map(makeSection) : years.parallelMap(makeSection)).joined()
}

/// One year of `makeEntriesByYear`: its heading, then its entries, written into one
/// string rather than joined from a fragment each.
private func makeYearSection(_ entries: ArraySlice<Entry>, context: PageContext, items: EntryItems) -> HTML {
  let year = String(entries.first?.date.year ?? 0)
  var html: HTML = """
    <section class="year" aria-labelledby="year-\(year)">
    <h2 id="year-\(year)">\(year)</h2>
    <ul class="entries">

    """
  html.reserveCapacity(entries.count * 640)
  for entry in entries { html.append(items.item(for: entry, context: context)) }
  html.append("</ul>\n</section>\n")
  return html
}

/// "1 entry", "7 entries".
func counted(_ count: Int, _ singular: String, _ plural: String) -> String {
  "\(count) \(count == 1 ? singular : plural)"
}

/// "Named in 5 articles and 2 reports, 2017 to 2022.", of `entries` newest first.
func describeEntries(_ entries: [Entry]) -> String {
  let kinds = entries.kindCounts
  var parts: [String] = []
  if kinds.articles > 0 { parts.append(counted(kinds.articles, "article", "articles")) }
  if kinds.reports > 0 { parts.append(counted(kinds.reports, "report", "reports")) }
  guard !parts.isEmpty else { return "No article or report names it yet." }
  var text = "Named in " + parts.joined(separator: " and ")
  if let first = entries.last?.date.year, let last = entries.first?.date.year {
    text += first == last ? " of \(first)" : ", \(first) to \(last)"
  }
  return text + "."
}

/// A small bar chart of entries per year, as inline SVG with no script. Its accessible name
/// (`<title>`) gives every number, so the picture hides nothing from a screen reader.
///
/// - Parameter subject: what the entries have in common: "naming Laos".
func makeYearChart(_ entries: [Entry], subject: String, id: String = "year-chart") -> HTML {
  let counts = entries.countsByYear
  guard !counts.isEmpty else { return .empty }
  // Wide enough for every year, up to 320 units (shown as pixels, smaller on a phone).
  let width = min(320, max(160, counts.count * 48))
  let top = 16
  let baseline = 92
  let height = 112
  let slot = Double(width) / Double(counts.count)
  let barWidth = min(28.0, slot * 0.7)
  let highest = max(1, counts.map(\.count).max() ?? 1)
  // Label every year while there is room, then every second, fifth or tenth year.
  let labelStep = [1, 2, 5, 10, 20, 50].first { slot * Double($0) >= 34 } ?? 100
  var marks: [HTML] = []
  for (index, item) in counts.enumerated() {
    let center = slot * (Double(index) + 0.5)
    let barHeight = Double(baseline - top) * Double(item.count) / Double(highest)
    if item.count > 0 {
      marks.append(
        "<rect x=\"\(decimal(center - barWidth / 2))\" y=\"\(decimal(Double(baseline) - barHeight))\" width=\"\(decimal(barWidth))\" height=\"\(decimal(barHeight))\"/>"
      )
      if slot >= 18 {
        marks.append(
          "<text class=\"value\" x=\"\(decimal(center))\" y=\"\(decimal(Double(baseline) - barHeight - 4))\">\(String(item.count))</text>"
        )
      }
    }
    if (item.year - counts[0].year) % labelStep == 0 {
      marks.append("<text x=\"\(decimal(center))\" y=\"\(String(height - 4))\">\(String(item.year))</text>")
    }
  }
  let numbers = counts.map { "\($0.year): \($0.count)" }.joined(separator: ", ")
  return """
    <svg class="chart" width="\(String(width))" height="\(String(height))" viewBox="0 0 \(String(width)) \(String(height))" role="img" aria-labelledby="\(id)">
    <title id="\(id)">Entries per year \(subject): \(numbers)</title>
    <line x1="0" y1="\(String(baseline))" x2="\(String(width))" y2="\(String(baseline))"/>
    \(marks.joined(separator: "\n"))
    </svg>

    """
}

/// A number with at most one decimal, for SVG coordinates: `12`, `12.5`.
private func decimal(_ value: Double) -> String {
  let tenths = Int((value * 10).rounded())
  return tenths % 10 == 0 ? String(tenths / 10) : String(tenths / 10) + "." + String(abs(tenths % 10))
}

/// Links with counts: "TYSP · 2 entries".
/// A section of counted links to related pages ("Programs seen with France"); nothing when
/// there are none.
func makeRelatedSection(
  _ heading: String, _ items: [(title: String, page: PagePath, count: Int)], context: PageContext
) -> HTML {
  guard !items.isEmpty else { return .empty }
  return """
    <section class="related" aria-labelledby="related-heading">
    <h2 id="related-heading">\(heading)</h2>
    \(makeCountedLinks(items, context: context))\
    </section>

    """
}

func makeCountedLinks(_ items: [(title: String, page: PagePath, count: Int)], context: PageContext) -> HTML {
  let rows: [HTML] = items.map {
    "<li><a href=\"\(context.link(to: $0.page))\">\($0.title)</a> <span class=\"count\">\(counted($0.count, "entry", "entries"))</span></li>\n"
  }
  return "<ul class=\"counted\">\n\(rows)</ul>\n"
}

/// "Entries per year" with its chart.
func makeTimeline(_ entries: [Entry], subject: String) -> HTML {
  """
  <section class="timeline" aria-labelledby="timeline-heading">
  <h2 id="timeline-heading">Entries per year</h2>
  \(makeYearChart(entries, subject: subject))</section>

  """
}
