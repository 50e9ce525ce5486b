import Testing

@testable import GazetteCore

@Suite struct HTMLTests {
  @Test func interpolatedTextIsEscaped() {
    let title = "<script>alert(1)</script> & \"S&T\" 'x'"
    let html: HTML = "<h1 title=\"\(title)\">\(title)</h1>"
    #expect(
      html.markup
        == "<h1 title=\"&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;S&amp;T&quot; &#39;x&#39;\">"
        + "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;S&amp;T&quot; &#39;x&#39;</h1>")
  }

  @Test func interpolatedHTMLIsInsertedAsItIs() {
    let fragment = HTML(raw: "<em>as is</em>")
    let html: HTML = "<p>\(fragment) \([fragment, fragment])</p>"
    #expect(html.markup == "<p><em>as is</em> <em>as is</em><em>as is</em></p>")
  }

  @Test func quoteFollowedByCombiningMarkIsEscaped() {
    // `"` followed by U+0301 is one Character: escaping per Character would miss it.
    let text = "\"\u{0301}onmouseover=alert(1)"
    #expect(text.first != "\"")
    let html: HTML = "<a title=\"\(text)\">x</a>"
    #expect(html.markup == "<a title=\"&quot;\u{0301}onmouseover=alert(1)\">x</a>")
  }

  @Test func textWithoutSpecialCharactersIsCopied() {
    #expect(HTML.escaping("中文 Sino-British — plain") == "中文 Sino-British — plain")
    #expect(HTML.escaping("") == "")
    #expect(HTML.escaping("&") == "&amp;")
    #expect(HTML.escaping("a<") == "a&lt;")
  }

  @Test func joinedPutsSeparatorsBetween() {
    let items: [HTML] = ["<li>a</li>", "<li>b</li>"]
    #expect(items.joined(separator: "\n").markup == "<li>a</li>\n<li>b</li>")
  }
}

@Suite struct ReplacingEveryTests {
  @Test(arguments: [
    ("", "x", "y", ""), ("abc", "x", "y", "abc"), ("xax", "x", "yy", "yyayy"), ("aaa", "aa", "b", "ba"),
    ("中x文x", "x", "—", "中—文—"), ("href=\"m:/a\" href=\"m:/b\"", "\"m:/", "\"../", "href=\"../a\" href=\"../b\""),
    ("ab", "abc", "z", "ab"),
  ])
  func replacesEveryOccurrence(_ text: String, _ target: String, _ replacement: String, _ expected: String) {
    #expect(text.replacingEvery(target, with: replacement) == expected)
  }
}
