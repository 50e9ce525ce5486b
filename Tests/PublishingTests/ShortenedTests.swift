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

  @Test func agreesWithCountingCharactersAtEveryLimit() {
    // Curly quotes and dashes take the fast way; a combining accent (at the cut or just
    // after it), an emoji with a joiner or a CR LF anywhere must give the same cut too.
    let texts = [
      "The “Belt and Road” science park – phase two’s budget … and more words here",
      "Caf\u{E9} de Paris caf\u{65}\u{301}s and more words at the end of it all",
      "ab cd\u{301}ef gh ij kl mn op qr st uv wx yz",
      "abcd\u{301}ef gh ij",
      "Team 👩\u{200D}🔬 at work on a long list of words",
      "first line\r\nsecond line with words",
    ]
    for text in texts {
      for limit in 0...text.count + 1 {
        #expect(shortened(text, limit: limit) == shortenedByCharacters(text, limit: limit), "\(text) at \(limit)")
      }
    }
  }

  /// The definition: `limit` characters, cut at the last space, with an ellipsis.
  private func shortenedByCharacters(_ text: String, limit: Int) -> String {
    guard text.count > limit else { return text }
    let cut = text.prefix(limit)
    return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "…"
  }
}
