import Foundation
import GazetteCore
import Testing

@testable import Templates

@Suite struct StructuredDataTests {
  @Test(arguments: [
    ("plain", "\"plain\""),
    ("say \"hi\"", "\"say \\\"hi\\\"\""),
    ("back\\slash", "\"back\\\\slash\""),
    ("line\nbreak\ttab\r", "\"line\\nbreak\\ttab\\r\""),
    ("</script><!-- & >", "\"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u003e\""),
    ("\u{1}\u{1f}", "\"\\u0001\\u001f\""),
    ("\u{2028}\u{2029}", "\"\\u2028\\u2029\""),
    ("中华人民共和国科学技术部 é 🇨🇳", "\"中华人民共和国科学技术部 é 🇨🇳\""),
  ])
  func quotesStringsForAScriptElement(_ input: String, _ expected: String) {
    #expect(JSON.quoted(input) == expected)
  }

  @Test func aTitleWithAClosingScriptTagStaysInsideTheElementAndParsesBack() throws {
    let title = "Evil </script><script>alert(1)</script> \"S&T\" \\ 科技"
    let json: JSON = .object([("@type", "NewsArticle"), ("headline", .string(title)), ("count", .integer(3)), ("tags", ["a", "b"])])
    let element = makeStructuredData(json).markup
    #expect(element.hasPrefix("<script type=\"application/ld+json\">"))
    #expect(element.components(separatedBy: "</script>").count == 2)  // only the element's own end tag
    #expect(!element.contains("<script>"))
    let inside = element.dropFirst("<script type=\"application/ld+json\">".count).prefix { $0 != "<" }
    let parsed = try #require(try JSONSerialization.jsonObject(with: Data(inside.utf8)) as? [String: Any])
    #expect(parsed["headline"] as? String == title)
    #expect(parsed["count"] as? Int == 3)
    #expect(parsed["tags"] as? [String] == ["a", "b"])
  }

  @Test func keepsTheOrderOfObjectMembers() {
    let json: JSON = .object([("b", "1"), ("a", .array([.integer(-2), .object([])]))])
    #expect(json.text == "{\"b\":\"1\",\"a\":[-2,{}]}")
  }
}

@Suite struct LanguageMarkupTests {
  func marked(_ markup: String, _ language: String = "en") -> String {
    markingLanguageOfParts(HTML(raw: markup), pageLanguage: language).markup
  }

  @Test func marksChineseJapaneseAndKoreanRunsInText() {
    #expect(marked("<p>MOST (中华人民共和国科学技术部) and UN</p>") == "<p>MOST (<span lang=\"zh\">中华人民共和国科学技术部</span>) and UN</p>")
    #expect(marked("<p>「国际合作」。</p>") == "<p><span lang=\"zh\">「国际合作」。</span></p>")
    #expect(marked("<p>東京の大学</p>") == "<p><span lang=\"ja\">東京の大学</span></p>")
    #expect(marked("<p>한중 공동연구센터 (KCJRC)</p>") == "<p><span lang=\"ko\">한중 공동연구센터</span> (KCJRC)</p>")
  }

  @Test func leavesTagsAttributesCommentsAndRawTextAlone() {
    let untouched = [
      "<h2 id=\"科技合作\" title='a > 科技'>Title</h2>",
      "<!-- 科技 --><script>var s = \"科技\";</script><style>p::after { content: \"科技\" }</style>",
      "<svg role=\"img\"><title id=\"t\">科技: 3</title></svg>",
      "<p>No CJK at all · just “quotes” › and…</p>",
    ]
    for markup in untouched { #expect(marked(markup) == markup, "\(markup)") }
    #expect(marked("<a href=\"/科技/\">科技</a>") == "<a href=\"/科技/\"><span lang=\"zh\">科技</span></a>")
  }

  @Test func leavesThePageLanguageAlone() {
    #expect(marked("<p>科技 and English</p>", "zh-Hans") == "<p>科技 and English</p>")
    #expect(marked("<p>。</p>") == "<p>。</p>")
  }
}
