import GazetteCore
import Testing

@testable import Preview

@Suite struct ErrorPageTests {
  @Test func diagnosticsAreShownEscapedWithTheirCount() {
    let diagnostics = [
      Diagnostic(
        .error, path: "Content/issues/2017-23/03-china-laos.md", line: 2, column: 8,
        message: "unknown country '<Loas>'", sourceLine: "title: <b>&"),
      Diagnostic(.warning, path: "Content/site.yml", message: "no base_url"),
    ]
    let page = makeErrorPage(diagnostics: diagnostics)
    #expect(page.contains("<title>Build failed: 1 error and 1 warning</title>"))
    #expect(
      page.contains(
        "Content/issues/2017-23/03-china-laos.md:2:8: error: unknown country &#39;&lt;Loas&gt;&#39;\ntitle: &lt;b&gt;&amp;\n       ^"
      ))
    #expect(page.contains("Content/site.yml: warning: no base_url"))
    #expect(!page.contains("<Loas>"))
    #expect(!page.contains("<b>&"))
  }
}
