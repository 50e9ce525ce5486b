import Testing

@testable import GazetteCore

@Suite struct SiteAssemblerTests {
  @Test func assemblesAValidNewsletter() throws {
    let (site, diagnostics) = Fixture().assemble()
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let built = try #require(site)
    #expect(built.config.baseURL == "https://example.org/news/")
    #expect(built.issues.map(\.number) == [23])
    let issue = try #require(built.latestIssue)
    #expect(issue.articles.map(\.slug) == ["uk", "laos"])
    #expect(issue.articles[0].countries.map(\.code) == ["GB"])
    #expect(issue.articles[1].countries.map(\.code) == ["LA", "GB"])
    #expect(issue.articles[0].date == Day("2017-12-15"))
    #expect(issue.articles[0].sourceDate == Day("2017-12-12"))
    #expect(issue.note.summary == "Editor’s note.")
    #expect(built.countries.map(\.code) == ["LA", "PK", "GB"])
    #expect(built.reports.map(\.slug) == ["cistrat"])
  }

  @Test func filesEntriesUnderTheirCountriesAndPrograms() throws {
    let site = try #require(Fixture().assemble().site)
    let britain = try #require(CountryDirectory.standard.country(code: "GB"))
    #expect(site.entries(for: britain).map(\.title) == ["Sino-British Strategy", "China-Laos Agreement"])
    let tysp = try #require(site.program(slug: "tysp"))
    #expect(site.entries(for: tysp).map(\.title) == ["CISTRAT Report", "Sino-British Strategy"])
    #expect(site.entries.map(\.title) == ["CISTRAT Report", "Sino-British Strategy", "China-Laos Agreement"])
  }

  @Test func rewritesLinksToOtherContentFiles() throws {
    let site = try #require(Fixture().assemble().site)
    let laos = try #require(site.latestIssue?.articles.last)
    let html = laos.body.html(rootPrefix: "../../../").markup
    #expect(html.contains("href=\"../../../reports/cistrat/index.html#outlook\""))
    let report = try #require(site.reports.first)
    #expect(report.body.html(rootPrefix: "").markup.contains("<h2 id=\"outlook\">"))
    #expect(report.body.html(rootPrefix: "", idPrefix: "r-").markup.contains("<h2 id=\"r-outlook\">"))
  }

  @Test func sortsArticlesByTheirNumber() throws {
    var fixture = Fixture()
    fixture.files["issues/2017-23/10-last.md"] = fixture.files["issues/2017-23/02-laos.md"]!
      .replacingOccurrences(of: "China-Laos Agreement", with: "Last")
    let site = try #require(fixture.assemble().site)
    #expect(site.latestIssue?.articles.map(\.order) == [1, 2, 10])
  }

  /// One defect, the diagnostic it must give.
  struct Defect: Sendable, CustomTestStringConvertible {
    var name: String
    var path: String
    var text: String
    var expected: String
    var testDescription: String { name }
  }

  static let defects: [Defect] = [
    Defect(
      name: "unknown country", path: "issues/2017-23/02-laos.md",
      text: "---\ntitle: T\nsection: Important Plans\ncountries: [Loas]\n---\nBody\n",
      expected:
        "Content/issues/2017-23/02-laos.md:4:13: error: unknown country 'Loas' (did you mean 'Laos' (LA)?)"),
    Defect(
      name: "missing title", path: "issues/2017-23/02-laos.md",
      text: "---\nsection: Important Plans\n---\nBody\n",
      expected: "Content/issues/2017-23/02-laos.md:1:1: error: missing required field 'title'"),
    Defect(
      name: "bad date", path: "reports/cistrat.md",
      text: "---\ntitle: T\ndate: 2023-02-30\nkind: report\n---\n",
      expected:
        "Content/reports/cistrat.md:3:7: error: 'date' must be a real date written YYYY-MM-DD, not '2023-02-30'"),
    Defect(
      name: "unknown kind", path: "reports/cistrat.md",
      text: "---\ntitle: T\ndate: 2023-01-30\nkind: memo\n---\n",
      expected:
        "Content/reports/cistrat.md:4:7: error: unknown kind 'memo': use one of report, announcement, presentation"),
    Defect(
      name: "unknown program", path: "reports/cistrat.md",
      text: "---\ntitle: T\ndate: 2023-01-30\nkind: report\nprograms: [tsyp]\n---\n",
      expected: "Content/reports/cistrat.md:5:12: error: unknown program 'tsyp' (did you mean 'tysp'?)"),
    Defect(
      name: "section not in issue", path: "issues/2017-23/02-laos.md",
      text: "---\ntitle: T\nsection: Important Plan\n---\n",
      expected:
        "Content/issues/2017-23/02-laos.md:3:10: error: section 'Important Plan' is not one of the issue's sections (did you mean 'Important Plans'?)"
    ),
    Defect(
      name: "YAML syntax error", path: "programs/tysp.md",
      text: "---\nname: [Talented\n---\n",
      expected: "Content/programs/tysp.md:3:1: error: front matter is not valid YAML"),
    Defect(
      name: "no front matter", path: "programs/tysp.md",
      text: "name: TYSP\n",
      expected:
        "Content/programs/tysp.md:1:1: error: missing front matter: the file must start with a line '---', then YAML fields, then '---'"
    ),
    Defect(
      name: "link to a missing file", path: "programs/tysp.md",
      text: "---\nname: TYSP\n---\n\nSee [this](../reports/nothing.md).\n",
      expected:
        "Content/programs/tysp.md:5:5: error: link to '../reports/nothing.md', which is not a page of the site"),
    Defect(
      name: "unknown field", path: "programs/tysp.md",
      text: "---\nname: TYSP\nacronim: T\n---\n",
      expected: "Content/programs/tysp.md:3:1: warning: unknown field 'acronim' (did you mean 'acronym'?)"),
  ]

  @Test(arguments: defects)
  func reportsEachDefectWithFileLineAndColumn(_ defect: Defect) {
    var fixture = Fixture()
    fixture.files[defect.path] = defect.text
    let (site, diagnostics) = fixture.assemble()
    let descriptions = diagnostics.map(\.description)
    #expect(descriptions.contains { $0.hasPrefix(defect.expected) }, "\(descriptions)")
    if defect.expected.contains(": error: ") {
      #expect(site == nil)
    }
  }

  @Test func reportsEveryProblemAtOnce() {
    var fixture = Fixture()
    fixture.files["issues/2017-23/02-laos.md"] = "---\ntitle: T\nsection: Important Plans\ncountries: [Loas]\n---\n"
    fixture.files["reports/cistrat.md"] = "---\ntitle: T\ndate: 2023-01-30\nkind: memo\n---\n"
    let (_, diagnostics) = fixture.assemble()
    #expect(diagnostics.filter(\.isError).count == 2)
  }

  @Test func missingSiteConfigIsAnError() {
    var fixture = Fixture()
    fixture.files["site.yml"] = nil
    let (site, diagnostics) = fixture.assemble()
    #expect(site == nil)
    #expect(diagnostics.map(\.description).contains { $0.hasPrefix("Content/site.yml: error: missing site.yml") })
  }

  @Test func sourceLineAndCaretFollowTheMessage() throws {
    var fixture = Fixture()
    fixture.files["issues/2017-23/02-laos.md"] = "---\ntitle: T\nsection: Important Plans\ncountries: [Loas]\n---\n"
    let diagnostic = try #require(fixture.assemble().diagnostics.first)
    #expect(diagnostic.longDescription.hasSuffix("\ncountries: [Loas]\n            ^"))
  }
}

extension String {
  func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
