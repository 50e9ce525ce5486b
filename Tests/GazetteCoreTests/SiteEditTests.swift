import Foundation
import Testing

@testable import GazetteCore

/// `SiteAssembler.applyingEdits`: an edit that leaves an entry where it is gives the site
/// and the problems that assembling the edited files gives; any other edit is refused.
@Suite struct SiteEditTests {
  /// The fixture assembled with a cache, then the file at `path` edited: what
  /// `applyingEdits` makes of the edit, and what assembling the edited fixture makes.
  func edit(
    _ path: String, replacing old: String, with new: String
  ) throws -> (edited: SiteAssembler.EditedSite?, assembled: (site: Site?, diagnostics: [Diagnostic])) {
    var fixture = Fixture()
    var cache = ParseCache(version: "")
    let (site, diagnostics) = SiteAssembler.assemble(fixture.sourceFiles.map(ContentEntry.init), cache: &cache)
    let text = try #require(fixture.files[path])
    #expect(text.contains(old))
    fixture.files[path] = text.replacingOccurrences(of: old, with: new)
    let file = try #require(fixture.sourceFiles.first { $0.path == path })
    let edited = SiteAssembler.applyingEdits(
      [ContentEntry(file)], to: try #require(site), diagnostics: diagnostics, cache: &cache)
    return (edited, fixture.assemble())
  }

  /// Expects `edited` to be the site `assembled` describes: the same entries, with the same
  /// titles, summaries and bodies, in the same lists, and the same problems.
  func expectSame(_ edited: SiteAssembler.EditedSite, as assembled: (site: Site?, diagnostics: [Diagnostic])) throws {
    let site = try #require(assembled.site)
    #expect(edited.diagnostics == assembled.diagnostics)
    #expect(edited.site.entries == site.entries)
    #expect(edited.site.issues == site.issues)
    #expect(edited.site.reports == site.reports)
    #expect(edited.site.sourceDigests == site.sourceDigests)
    for country in site.countries {
      #expect(edited.site.entries(for: country) == site.entries(for: country))
    }
  }

  @Test func aNewParagraphBelowTheFirstChangesOnlyTheBody() throws {
    let (edited, assembled) = try edit(
      "issues/2017-23/01-uk.md", replacing: "## Details", with: "## Details\n\nMore *details*.")
    let result = try #require(edited)
    #expect(result.changedOnlyBodies)
    try expectSame(result, as: assembled)
  }

  @Test(arguments: [
    ("issues/2017-23/01-uk.md", "Sino-British Strategy", "Sino-British Strategy, Renewed"),
    ("issues/2017-23/01-uk.md", "The first paragraph.", "The first paragraph, rewritten."),
    // The new text names a country the article does not list: a new warning.
    ("issues/2017-23/01-uk.md", "The first paragraph.", "The first paragraph, about Brazil."),
    ("reports/cistrat.md", "CISTRAT Report", "CISTRAT Report 2023"),
  ])
  func anEditThatKeepsTheEntryInPlace(path: String, old: String, new: String) throws {
    let (edited, assembled) = try edit(path, replacing: old, with: new)
    let result = try #require(edited)
    #expect(!result.changedOnlyBodies)
    try expectSame(result, as: assembled)
  }

  @Test(arguments: [
    ("issues/2017-23/01-uk.md", "countries: [UK]", "countries: [UK, Laos]"),
    ("issues/2017-23/01-uk.md", "programs: [tysp]", "programs: []"),
    ("issues/2017-23/01-uk.md", "## Details", "## More details"),
    ("issues/2017-23/01-uk.md", "The first paragraph.", "See [the report](../../reports/cistrat.md)."),
    ("issues/2017-23/02-laos.md", "#outlook", "#missing"),
    ("reports/cistrat.md", "2023-01-31", "2023-02-01"),
    ("issues/2017-23/01-uk.md", "title: Sino-British Strategy", "draft: true\ntitle: Sino-British Strategy"),
    ("issues/2017-23/issue.md", "Editor's note.", "The editor's note."),
    ("programs/tysp.md", "Young scientists.", "Young scientists of any country."),
  ])
  func anEditThatMovesTheEntryIsRefused(path: String, old: String, new: String) throws {
    let (edited, _) = try edit(path, replacing: old, with: new)
    #expect(edited == nil)
  }
}
