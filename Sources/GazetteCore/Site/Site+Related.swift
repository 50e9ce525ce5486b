/// How often two things are seen together, and how entries spread over the years: what a
/// country's or a program's page tells a reader besides the list of entries.
extension Site {
  /// The programs named by entries that also name `country`, with how many entries name
  /// both; most entries first, then by name.
  public func programs(seenWith country: Country) -> [(program: Program, count: Int)] {
    // The few programs are counted in a list: a dictionary would hash a slug for each of
    // thousands of entries.
    var counts: [(slug: String, count: Int)] = []
    for entry in entries(for: country) {
      for slug in entry.programs.uniqued {
        if let index = counts.firstIndex(where: { $0.slug == slug }) {
          counts[index].count += 1
        } else {
          counts.append((slug, 1))
        }
      }
    }
    return counts.compactMap { slug, count in program(slug: slug).map { ($0, count) } }
      .sorted { $0.count != $1.count ? $0.count > $1.count : $0.program < $1.program }
  }

  /// The countries named by entries that also name `program`, with how many entries name
  /// both; most entries first, then by name.
  public func countries(seenWith program: Program) -> [(country: Country, count: Int)] {
    var counts: [Country: Int] = [:]
    for entry in entries(for: program) {
      for country in entry.countries.uniqued { counts[country, default: 0] += 1 }
    }
    return counts.map { ($0.key, $0.value) }
      .sorted { $0.count != $1.count ? $0.count > $1.count : $0.country < $1.country }
  }
}

extension [Entry] {
  /// How many entries each year has, from the earliest year to the latest, with the years
  /// in between that have none; empty when there are no entries.
  public var countsByYear: [(year: Int, count: Int)] {
    var counts: [Int: Int] = [:]
    for entry in self { counts[entry.date.year, default: 0] += 1 }
    guard let first = counts.keys.min(), let last = counts.keys.max() else { return [] }
    return (first...last).map { ($0, counts[$0] ?? 0) }
  }

  /// How many of the entries are articles and how many are reports.
  public var kindCounts: (articles: Int, reports: Int) {
    var articles = 0
    var reports = 0
    for entry in self {
      if case .article = entry { articles += 1 } else { reports += 1 }
    }
    return (articles, reports)
  }
}

extension Array where Element: Equatable {
  /// The elements without repeats, in order: for the few countries or programs of one
  /// entry, without making a set for each of thousands of entries.
  fileprivate var uniqued: some Sequence<Element> {
    enumerated().lazy.filter { index, element in !self[..<index].contains(element) }.map(\.element)
  }
}
