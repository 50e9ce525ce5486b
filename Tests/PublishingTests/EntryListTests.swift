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

    let list = makeEntriesByYear(entries, context: context, items: EntryItems()).markup
    #expect(list == years.map { makeEntriesByYear($0.value, context: context, items: EntryItems()).markup }.joined())
    #expect(list.components(separatedBy: "<li class=\"entry\">").count == 1_201)
    #expect(list.contains("<h2 id=\"year-2021\">2021</h2>") && list.contains("Title &lt;1199&gt;"))
  }

  /// Items written for one list are reused on another at the same depth, and an edited
  /// entry (a new object) is written anew: a list from a store that has seen the old
  /// entry reads the same as one from an empty store. The old entry's items go when the
  /// store is told to forget it.
  @Test func itemsWrittenBeforeAreReusedUntilTheirEntryIsReplaced() throws {
    let config = SiteConfig(title: "Gazette", baseURL: "https://example.org/")
    let countryPage = PageContext(config: config, page: PagePath("countries/gb/"))
    let programPage = PageContext(config: config, page: PagePath("programs/tysp/"))
    let reportsPage = PageContext(config: config, page: .reports)
    func article(_ index: Int, title: String) throws -> Entry {
      .article(
        Article(
          slug: "article-\(index)", order: index, title: title, section: "News",
          body: Fragment(html: "", summary: "Summary \(index)."), issueNumber: 7,
          date: try #require(Day(year: 2024, month: 3, day: 1)), sourcePath: "issues/7/0\(index)-article.md"))
    }
    let entries = try (1...3).map { try article($0, title: "Title \($0)") }
    let items = EntryItems()
    let onCountryPage = makeEntriesByYear(entries, context: countryPage, items: items)
    #expect(makeEntriesByYear(entries, context: programPage, items: items) == onCountryPage)
    // Another depth links differently.
    let onReportsPage = makeEntriesByYear(entries, context: reportsPage, items: items)
    #expect(onReportsPage == makeEntriesByYear(entries, context: reportsPage, items: EntryItems()))
    #expect(onReportsPage != onCountryPage)

    var edited = entries
    edited[1] = try article(2, title: "A new title")
    let afterEdit = makeEntriesByYear(edited, context: countryPage, items: items)
    #expect(afterEdit == makeEntriesByYear(edited, context: countryPage, items: EntryItems()))
    #expect(afterEdit.markup.contains("A new title") && !afterEdit.markup.contains("Title 2"))

    // The replaced entry's items are dropped when the edit says so, and only then.
    #expect(items.entryCount == 4)
    items.forget([entries[1]])
    #expect(items.entryCount == 3)
  }
}
