import Testing

@testable import GazetteCore

@Suite struct SiteRelatedTests {
  @Test func countsTheProgramsSeenWithACountry() throws {
    let site = try #require(Fixture().assemble().site)
    let britain = try #require(CountryDirectory.standard.country(code: "GB"))
    let laos = try #require(CountryDirectory.standard.country(code: "LA"))
    #expect(site.programs(seenWith: britain).map { "\($0.program.slug) \($0.count)" } == ["tysp 1"])
    #expect(site.programs(seenWith: laos).isEmpty)
  }

  @Test func countsTheCountriesSeenWithAProgramMostFirst() throws {
    var fixture = Fixture()
    fixture.files["reports/second.md"] = """
      ---
      title: Second Report
      date: 2023-02-01
      kind: report
      countries: [UK, Pakistan]
      programs: [tysp]
      ---
      Text.
      """
    let site = try #require(fixture.assemble().site)
    let tysp = try #require(site.program(slug: "tysp"))
    #expect(site.countries(seenWith: tysp).map { "\($0.country.code) \($0.count)" } == ["PK 2", "GB 2"])
  }

  @Test func countsEntriesPerYearWithTheEmptyYearsBetween() throws {
    let site = try #require(Fixture().assemble().site)
    let counts = site.entries.countsByYear
    #expect(counts.map(\.year) == Array(2017...2023))
    #expect(counts.map(\.count) == [2, 0, 0, 0, 0, 0, 1])
    #expect([Entry]().countsByYear.isEmpty)
    #expect(site.entries.kindCounts.articles == 2)
    #expect(site.entries.kindCounts.reports == 1)
  }
}
