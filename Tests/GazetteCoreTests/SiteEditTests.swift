import Foundation
import Testing

@testable import GazetteCore

/// `SiteAssembler.applyEdits`: an edit that leaves an entry where it is gives the site and
/// the problems that assembling the edited files gives; any other edit is refused, and
/// changes nothing.
@Suite struct SiteEditTests {
  /// The fixture's site with the file at `path` edited, as `applyEdits` leaves it.
  struct Edited {
    var edits: SiteAssembler.Edits?
    var site: Site
    var diagnostics: [Diagnostic]
  }

  /// The fixture assembled with a cache, then the file at `path` edited: what `applyEdits`
  /// makes of the edit, what it left of the site, and what assembling the edited fixture
  /// makes.
  func edit(
    _ path: String, replacing old: String, with new: String
  ) throws -> (edited: Edited, before: Site, assembled: (site: Site?, diagnostics: [Diagnostic])) {
    var fixture = Fixture()
    var cache = ParseCache(version: "")
    let (site, diagnostics) = SiteAssembler.assemble(fixture.sourceFiles.map(ContentEntry.init), cache: &cache)
    let text = try #require(fixture.files[path])
    #expect(text.contains(old))
    fixture.files[path] = text.replacingOccurrences(of: old, with: new)
    let file = try #require(fixture.sourceFiles.first { $0.path == path })
    var edited = Edited(edits: nil, site: try #require(site), diagnostics: diagnostics)
    edited.edits = SiteAssembler.applyEdits(
      [ContentEntry(file)], to: &edited.site, diagnostics: &edited.diagnostics, cache: &cache)
    return (edited, try #require(site), fixture.assemble())
  }

  /// Expects `site` to be the one `assembled` describes: the same entries, with the same
  /// titles, summaries and bodies, in the same lists; and `diagnostics` the same problems.
  func expectSame(_ site: Site, _ diagnostics: [Diagnostic], as assembled: (site: Site?, diagnostics: [Diagnostic])) throws {
    let expected = try #require(assembled.site)
    #expect(diagnostics == assembled.diagnostics)
    #expect(site.entries == expected.entries)
    #expect(site.issues == expected.issues)
    #expect(site.reports == expected.reports)
    #expect(site.sourceDigests == expected.sourceDigests)
    for country in expected.countries {
      #expect(site.entries(for: country) == expected.entries(for: country))
    }
  }

  @Test func aNewParagraphBelowTheFirstChangesOnlyTheBody() throws {
    let (edited, _, assembled) = try edit(
      "issues/2017-23/01-uk.md", replacing: "## Details", with: "## Details\n\nMore *details*.")
    let edits = try #require(edited.edits)
    #expect(edits.changedOnlyBodies && edits.entries.map(\.sourcePath) == ["issues/2017-23/01-uk.md"])
    try expectSame(edited.site, edited.diagnostics, as: assembled)
  }

  @Test(arguments: [
    ("issues/2017-23/01-uk.md", "Sino-British Strategy", "Sino-British Strategy, Renewed"),
    ("issues/2017-23/01-uk.md", "The first paragraph.", "The first paragraph, rewritten."),
    // The new text names a country the article does not list: a new warning.
    ("issues/2017-23/01-uk.md", "The first paragraph.", "The first paragraph, about Brazil."),
    ("reports/cistrat.md", "CISTRAT Report", "CISTRAT Report 2023"),
  ])
  func anEditThatKeepsTheEntryInPlace(path: String, old: String, new: String) throws {
    let (edited, _, assembled) = try edit(path, replacing: old, with: new)
    let edits = try #require(edited.edits)
    #expect(!edits.changedOnlyBodies)
    try expectSame(edited.site, edited.diagnostics, as: assembled)
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
    let (edited, before, _) = try edit(path, replacing: old, with: new)
    #expect(edited.edits == nil)
    // Nothing was changed.
    #expect(edited.site.entries == before.entries && edited.site.sourceDigests == before.sourceDigests)
  }
}
