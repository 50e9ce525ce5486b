/// One article of an issue, from `issues/<folder>/<NN>-<slug>.md`.
///
/// A class with constant properties, so a value all the same: the site lists each article
/// on many pages (its issue, its countries, its programs, feeds), which share one instance
/// instead of copying a dozen strings and arrays each time.
public final class Article: Sendable, Hashable {
  /// The file name without its number prefix and `.md`; the article's URL segment.
  public let slug: String
  /// The number prefix of the file name, which orders the articles of an issue.
  public let order: Int
  public let title: String
  /// One of the issue's sections.
  public let section: String
  public let countries: [Country]
  /// Slugs of programs.
  public let programs: [String]
  /// Who first published the news: "Ministry of Science and Technology".
  public let source: String?
  public let sourceDate: Day?
  public let body: Fragment
  /// The number of the issue the article belongs to.
  public let issueNumber: Int
  /// The issue's date.
  public let date: Day
  public let sourcePath: String
  /// Its page, made once: every list that shows the entry links to it.
  public let page: PagePath

  public init(
    slug: String, order: Int, title: String, section: String, countries: [Country] = [],
    programs: [String] = [], source: String? = nil, sourceDate: Day? = nil, body: Fragment = .empty,
    issueNumber: Int, date: Day, sourcePath: String = ""
  ) {
    self.slug = slug
    self.order = order
    self.title = title
    self.section = section
    self.countries = countries
    self.programs = programs
    self.source = source
    self.sourceDate = sourceDate
    self.body = body
    self.issueNumber = issueNumber
    self.date = date
    self.sourcePath = sourcePath
    page = .article(issue: issueNumber, slug: slug)
  }

  /// The same article with another body.
  public func replacingBody(with body: Fragment) -> Article {
    Article(slug: slug, order: order, title: title, section: section, countries: countries, programs: programs, source: source, sourceDate: sourceDate, body: body, issueNumber: issueNumber, date: date, sourcePath: sourcePath)
  }

  public static func == (lhs: Article, rhs: Article) -> Bool {
    lhs.slug == rhs.slug && lhs.order == rhs.order && lhs.title == rhs.title && lhs.section == rhs.section && lhs.countries == rhs.countries && lhs.programs == rhs.programs && lhs.source == rhs.source && lhs.sourceDate == rhs.sourceDate && lhs.body == rhs.body && lhs.issueNumber == rhs.issueNumber && lhs.date == rhs.date && lhs.sourcePath == rhs.sourcePath
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(sourcePath)
    hasher.combine(slug)
  }
}
