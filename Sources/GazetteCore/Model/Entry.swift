/// Something that country and program pages list: an article or a report.
public enum Entry: Sendable, Hashable {
  case article(Article)
  case report(Report)

  public var title: String {
    switch self {
    case .article(let article): article.title
    case .report(let report): report.title
    }
  }

  public var date: Day {
    switch self {
    case .article(let article): article.date
    case .report(let report): report.date
    }
  }

  public var page: PagePath {
    switch self {
    case .article(let article): article.page
    case .report(let report): report.page
    }
  }

  public var summary: String {
    switch self {
    case .article(let article): article.body.summary
    case .report(let report): report.body.summary
    }
  }

  /// The content file it comes from.
  public var sourcePath: String {
    switch self {
    case .article(let article): article.sourcePath
    case .report(let report): report.sourcePath
    }
  }

  public var countries: [Country] {
    switch self {
    case .article(let article): article.countries
    case .report(let report): report.countries
    }
  }

  public var programs: [String] {
    switch self {
    case .article(let article): article.programs
    case .report(let report): report.programs
    }
  }

  /// "Article, No. 23" or "Report".
  public var kindLabel: String {
    switch self {
    case .article(let article): "Article, No. \(article.issueNumber)"
    case .report(let report): report.kind.label
    }
  }

  /// Newest first; on the same day, articles by issue and order, then reports by slug.
  public static func isOrderedBefore(_ lhs: Entry, _ rhs: Entry) -> Bool {
    if lhs.date != rhs.date { return lhs.date > rhs.date }
    switch (lhs, rhs) {
    case (.article(let a), .article(let b)):
      return a.issueNumber != b.issueNumber ? a.issueNumber > b.issueNumber : a.order < b.order
    case (.article, .report): return true
    case (.report, .article): return false
    case (.report(let a), .report(let b)): return a.slug < b.slug
    }
  }
}
