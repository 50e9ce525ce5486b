/// One article of an issue, from `issues/<folder>/<NN>-<slug>.md`.
public struct Article: Sendable, Hashable {
  /// The file name without its number prefix and `.md`; the article's URL segment.
  public var slug: String
  /// The number prefix of the file name, which orders the articles of an issue.
  public var order: Int
  public var title: String
  /// One of the issue's sections.
  public var section: String
  public var countries: [Country]
  /// Slugs of programs.
  public var programs: [String]
  /// Who first published the news: "Ministry of Science and Technology".
  public var source: String?
  public var sourceDate: Day?
  public var body: Fragment
  /// The number of the issue the article belongs to.
  public var issueNumber: Int
  /// The issue's date.
  public var date: Day
  public var sourcePath: String

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
  }

  public var page: PagePath { .article(issue: issueNumber, slug: slug) }
}
