import Foundation
import GazetteCore
import Testing

@testable import Templates

/// Lists of entries by year: a long list, whose years are written on all cores, reads the
/// same as its years written one after the other.
@Suite struct EntryListTests {
  @Test func aLongListIsItsYearsInOrder() throws {
    let context = PageContext(
      config: SiteConfig(title: "Gazette", baseURL: "https://example.org/"), page: PagePath("countries/gb/"))
    // 1,200 articles over four years, newest first, with text to escape and to shorten.
    let entries: [Entry] = try (0..<1_200).map { index in
      let date = try #require(Day(year: 2024 - index / 300, month: 12 - index % 300 / 30, day: 28 - index % 28))
      let summary = String(repeating: "Word “\(index)” – & more; ", count: 1 + index % 20)
      return .article(
        Article(
          slug: "article-\(index)", order: index % 10, title: "Title <\(index)>", section: "News",
          body: Fragment(html: "", summary: summary), issueNumber: 500 - index / 10, date: date))
    }
    let years = Dictionary(grouping: entries, by: \.date.year).sorted { $0.key > $1.key }
    #expect(years.count == 4 && years.allSatisfy { $0.value.count < 1_000 })

    let list = makeEntriesByYear(entries, context: context).markup
    #expect(list == years.map { makeEntriesByYear($0.value, context: context).markup }.joined())
    #expect(list.components(separatedBy: "<li class=\"entry\">").count == 1_201)
    #expect(list.contains("<h2 id=\"year-2021\">2021</h2>") && list.contains("Title &lt;1199&gt;"))
  }
}
