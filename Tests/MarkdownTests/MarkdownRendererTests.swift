import Testing

@testable import Markdown

@Suite struct MarkdownRendererTests {
  @Test func rendersCommonMark() {
    let rendered = MarkdownRenderer.render("Some *emphasis* and a [link](https://example.org).", options: .commonMark)
    #expect(rendered.html == "<p>Some <em>emphasis</em> and a <a href=\"https://example.org\">link</a>.</p>\n")
  }

  @Test func smartPunctuationCurlsQuotesAndDashes() {
    let rendered = MarkdownRenderer.render("\"Sino-British\" -- it's 1990---2017...")
    #expect(rendered.html == "<p>“Sino-British” – it’s 1990—2017…</p>\n")
  }

  @Test func smartPunctuationCanBeTurnedOff() {
    let rendered = MarkdownRenderer.render("\"quoted\"", options: .commonMark)
    #expect(rendered.html == "<p>&quot;quoted&quot;</p>\n")
  }

  @Test func rawHTMLPassesThroughByDefault() {
    let rendered = MarkdownRenderer.render("the 13<sup>th</sup> Five-year Plan")
    #expect(rendered.html == "<p>the 13<sup>th</sup> Five-year Plan</p>\n")
  }

  @Test func rawHTMLIsOmittedWhenNotAllowed() {
    let options = MarkdownOptions(allowsRawHTML: false)
    let rendered = MarkdownRenderer.render("13<sup>th</sup>\n\n<script>alert(1)</script>\n", options: options)
    #expect(!rendered.html.contains("<sup>"))
    #expect(!rendered.html.contains("<script>"))
    #expect(rendered.html.contains("raw HTML omitted"))
  }

  @Test func headingsGetUniqueIDsFromTheirText() {
    let rendered = MarkdownRenderer.render("# Work of *2021*\n\n## Outlook\n\n## Outlook\n\n### 中文 标题\n")
    #expect(rendered.headingIDs == ["work-of-2021", "outlook", "outlook-1", "中文-标题"])
    #expect(rendered.html.contains("<h1 id=\"work-of-2021\">"))
    #expect(rendered.html.contains("Work of <em>2021</em>"))
    #expect(rendered.html.contains("<h2 id=\"outlook-1\">"))
    #expect(rendered.html.contains("</h3>"))
  }

  @Test func headingIDsTakeAPrefix() {
    let options = MarkdownOptions(headingIDPrefix: "x:")
    let rendered = MarkdownRenderer.render("## Plan\n", options: options)
    #expect(rendered.headingIDs == ["plan"])
    #expect(rendered.html.contains("<h2 id=\"x:plan\">"))
  }

  @Test func summaryIsThePlainTextOfTheFirstParagraph() {
    let markdown = "## Heading\n\nThe *first*\nparagraph with `code` and 13<sup>th</sup>.\n\nSecond one.\n"
    #expect(MarkdownRenderer.render(markdown).summary == "The first paragraph with code and 13th.")
  }

  @Test func summaryIsEmptyWithoutParagraph() {
    #expect(MarkdownRenderer.render("# Only a heading\n").summary == "")
  }

  @Test func linksAreReportedWithTheirPositionAndCanBeRewritten() {
    let markdown = "Intro.\n\nSee [the report](../reports/a.md) and ![chart](c.png).\n"
    var seen: [MarkdownLink] = []
    let rendered = MarkdownRenderer.render(markdown) { link in
      seen.append(link)
      return link.destination.hasSuffix(".md") ? "/reports/a/" : nil
    }
    #expect(seen.map(\.destination) == ["../reports/a.md", "c.png"])
    #expect(seen.first?.line == 3)
    #expect(seen.first?.column == 5)
    #expect(rendered.links.count == 2)
    #expect(rendered.html.contains("<a href=\"/reports/a/\">the report</a>"))
    #expect(rendered.html.contains("<img src=\"c.png\" alt=\"chart\" />"))
  }

  @Test func handlesEmptyAndLargeInput() {
    #expect(MarkdownRenderer.render("").html == "")
    let large = String(repeating: "A paragraph of text that repeats.\n\n", count: 20_000)
    let rendered = MarkdownRenderer.render(large)
    #expect(rendered.html.utf8.count > large.utf8.count)
    #expect(rendered.summary == "A paragraph of text that repeats.")
  }
}
