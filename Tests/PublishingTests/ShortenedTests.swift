import Testing

@testable import Templates

/// Summaries are cut at a space before the limit, counted in characters, whatever the
/// text is made of.
@Suite struct ShortenedTests {
  @Test func cutsASCIITextAtTheLastSpace() {
    #expect(shortened("one two three four", limit: 10) == "one two…")
    #expect(shortened("short", limit: 10) == "short")
  }

  @Test func countsCharactersNotBytes() {
    // Each "é" is two scalars here (e and a combining accent) but one character.
    let text = String(repeating: "e\u{301}", count: 8) + " tail and more"
    #expect(shortened(text, limit: 10) == String(repeating: "e\u{301}", count: 8) + "…")
    #expect(shortened("科学 技术 合作 交流 项目", limit: 6) == "科学 技术…")
  }

  @Test func keepsALineBreakWhole() {
    // CR LF is one character: a cut never falls between the two bytes.
    let cut = shortened("ab\r\ncd ef gh ij", limit: 8)
    #expect(cut == "ab\r\ncd…")
  }
}
