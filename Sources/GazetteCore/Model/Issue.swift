/// A numbered issue of the newsletter, from `issues/<folder>/issue.md`, with its articles.
public struct Issue: Sendable, Hashable {
  public var number: Int
  public var date: Day
  public var title: String
  /// The sections in the order the issue presents them.
  public var sections: [String]
  /// The editor's note.
  public var note: Fragment
  /// The articles, in the order of their number prefix.
  public var articles: [Article]
  public var sourcePath: String

  public init(
    number: Int, date: Day, title: String, sections: [String] = [], note: Fragment = .empty,
    articles: [Article] = [], sourcePath: String = ""
  ) {
    self.number = number
    self.date = date
    self.title = title
    self.sections = sections
    self.note = note
    self.articles = articles
    self.sourcePath = sourcePath
  }

  public var page: PagePath { .issue(number) }

  /// The articles grouped by section: the issue's sections in their order, then any other
  /// section in order of first appearance; empty sections are left out.
  public var articlesBySection: [(section: String, articles: [Article])] {
    var order = sections
    for article in articles where !order.contains(article.section) { order.append(article.section) }
    return order.compactMap { section in
      let members = articles.filter { $0.section == section }
      return members.isEmpty ? nil : (section, members)
    }
  }
}
