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

  /// The identity of its `Article` or `Report` object, which an edit replaces.
  public var objectIdentifier: ObjectIdentifier {
    switch self {
    case .article(let article): ObjectIdentifier(article)
    case .report(let report): ObjectIdentifier(report)
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

  /// Where an entry goes in lists: newest first; on the same day, articles by issue
  /// (latest first) and order, then reports by slug. A small value, so that sorting many
  /// entries compares keys rather than copying entries.
  public struct SortKey: Comparable {
    private let day: Day
    private let issueNumber: Int
    private let order: Int
    private let slug: String

    public init(_ entry: Entry) {
      switch entry {
      case .article(let article):
        (day, issueNumber, order, slug) = (article.date, article.issueNumber, article.order, "")
      case .report(let report):
        (day, issueNumber, order, slug) = (report.date, -1, 0, report.slug)
      }
    }

    public static func < (lhs: SortKey, rhs: SortKey) -> Bool {
      if lhs.day != rhs.day { return lhs.day > rhs.day }
      if lhs.issueNumber != rhs.issueNumber { return lhs.issueNumber > rhs.issueNumber }
      return (lhs.order, lhs.slug) < (rhs.order, rhs.slug)
    }
  }
}
