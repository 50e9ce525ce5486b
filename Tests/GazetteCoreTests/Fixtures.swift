@testable import GazetteCore

/// A small valid newsletter, as in-memory files, that tests change one file of.
struct Fixture {
  var files: [String: String] = [
    "site.yml": """
      title: Test Newsletter
      base_url: https://example.org/news/
      """,
    "issues/2017-23/issue.md": """
      ---
      number: 23
      date: 2017-12-15
      sections:
        - International cooperation
        - Important Plans
      ---
      Editor's note.
      """,
    "issues/2017-23/01-uk.md": """
      ---
      title: Sino-British Strategy
      section: International cooperation
      countries: [UK]
      programs: [tysp]
      source: MOST
      source_date: 2017-12-12
      ---
      The first paragraph.

      ## Details
      """,
    "issues/2017-23/02-laos.md": """
      ---
      title: China-Laos Agreement
      section: International cooperation
      countries:
        - Laos
        - gb
      ---
      Signed in Vientiane. See [the report](../../reports/cistrat.md#outlook).
      """,
    "reports/cistrat.md": """
      ---
      title: CISTRAT Report
      date: 2023-01-31
      kind: report
      countries: [Pakistan]
      programs: [tysp]
      ---
      ## Outlook
      """,
    "programs/tysp.md": """
      ---
      name: Talented Young Scientist Program
      acronym: TYSP
      ---
      Young scientists.
      """,
  ]

  var sourceFiles: [SourceFile] {
    files.keys.sorted().map { SourceFile(path: $0, displayPath: "Content/" + $0, text: files[$0]! + "\n") }
  }

  func assemble() -> (site: Site?, diagnostics: [Diagnostic]) {
    SiteAssembler.assemble(sourceFiles)
  }
}
