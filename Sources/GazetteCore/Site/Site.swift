/// The whole newsletter, linked together: issues with their articles, reports, programs,
/// and every article and report filed under its countries and programs.
public struct Site: Sendable {
  public let config: SiteConfig
  /// Newest (highest number) first.
  public private(set) var issues: [Issue]
  /// Newest first.
  public private(set) var reports: [Report]
  /// By name.
  public let programs: [Program]
  /// The countries that at least one entry names, by name.
  public let countries: [Country]
  /// Every article and report, newest first.
  public private(set) var entries: [Entry]
  /// Digests of what each content file became, by content path: pages that show a file
  /// change only when its digests do.
  public private(set) var sourceDigests: [String: SourceDigest]

  private var entriesByCountry: [String: [Entry]]
  private var entriesByProgram: [String: [Entry]]
  private let programsBySlug: [String: Program]

  public init(
    config: SiteConfig, issues: [Issue], reports: [Report], programs: [Program], sourceDigests: [String: SourceDigest] = [:]
  ) {
    self.config = config
    self.sourceDigests = sourceDigests
    self.issues = issues.sorted { $0.number > $1.number }
    self.reports = reports.sorted { ($0.date, $1.slug) > ($1.date, $0.slug) }
    self.programs = programs.sorted()
    programsBySlug = Dictionary(programs.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })

    let unsorted = self.issues.flatMap { $0.articles.map(Entry.article) } + self.reports.map(Entry.report)
    let keys = unsorted.map(Entry.SortKey.init)
    let entries = keys.indices.sorted { keys[$0] < keys[$1] }.map { unsorted[$0] }
    self.entries = entries

    var byCountry: [String: [Entry]] = [:]
    var byProgram: [String: [Entry]] = [:]
    var countries: [String: Country] = [:]
    for entry in entries {
      for country in entry.countries {
        byCountry[country.code, default: []].append(entry)
        countries[country.code] = country
      }
      for slug in entry.programs {
        byProgram[slug, default: []].append(entry)
      }
    }
    entriesByCountry = byCountry
    entriesByProgram = byProgram
    self.countries = countries.values.sorted()
  }

  /// The issue with the highest number.
  public var latestIssue: Issue? { issues.first }

  /// Every article and report that names `country`, newest first.
  public func entries(for country: Country) -> [Entry] {
    entriesByCountry[country.code] ?? []
  }

  /// Every article and report that names `program`, newest first.
  public func entries(for program: Program) -> [Entry] {
    entriesByProgram[program.slug] ?? []
  }

  /// Whether the site has the entry from `entry`'s file at `entry`'s place in its lists.
  public func contains(_ entry: Entry) -> Bool {
    entries.index(ofPlaceOf: entry) != nil
  }

  /// Puts `entry` in place of the article or report from the same file, which must have the
  /// same place in every list (the same date, issue, number, countries and programs; see
  /// `contains`); its title, summary and body may differ. Found by its place, not by
  /// looking through every entry: this runs on every save in the preview. Returns the
  /// entry it replaced.
  @discardableResult
  public mutating func replace(with entry: Entry, digest: SourceDigest) -> Entry? {
    let path = entry.sourcePath
    guard let index = entries.index(ofPlaceOf: entry) else { return nil }
    let replaced = entries[index]
    entries[index] = entry
    for country in entry.countries {
      if let index = entriesByCountry[country.code]?.index(ofPlaceOf: entry) {
        entriesByCountry[country.code]?[index] = entry
      }
    }
    for slug in entry.programs {
      if let index = entriesByProgram[slug]?.index(ofPlaceOf: entry) {
        entriesByProgram[slug]?[index] = entry
      }
    }
    switch entry {
    case .article(let article):
      if let issue = issues.firstIndex(where: { $0.number == article.issueNumber }),
        let position = issues[issue].articles.firstIndex(where: { $0.sourcePath == path })
      {
        issues[issue].articles[position] = article
      }
    case .report(let report):
      if let position = reports.firstIndex(where: { $0.sourcePath == path }) {
        reports[position] = report
      }
    }
    sourceDigests[path] = digest
    return replaced
  }

  /// The program with this slug.
  public func program(slug: String) -> Program? {
    programsBySlug[slug]
  }
}

/// Digests of what a content file became.
public struct SourceDigest: Sendable, Hashable {
  /// Everything, its rendered Markdown included: for the pages that show the file's body.
  public var full: UInt64
  /// Everything but its rendered Markdown (title, date, summary, countries…): for the pages
  /// that list the file or link to it.
  public var listing: UInt64

  public init(full: UInt64, listing: UInt64) {
    self.full = full
    self.listing = listing
  }
}

extension [Entry] {
  /// The index of the entry from `entry`'s file, found at `entry`'s place in a list in the
  /// site's order (`Entry.SortKey`); nil when it is not there.
  fileprivate func index(ofPlaceOf entry: Entry) -> Int? {
    let key = Entry.SortKey(entry)
    var low = partitioningIndex { !(Entry.SortKey($0) < key) }
    // Entries with the same key (articles without a number, say) follow each other.
    while low < count, !(key < Entry.SortKey(self[low])) {
      if self[low].sourcePath == entry.sourcePath { return low }
      low += 1
    }
    return nil
  }
}
