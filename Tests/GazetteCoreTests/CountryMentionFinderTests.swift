import Testing

@testable import GazetteCore

@Suite struct CountryMentionFinderTests {
  let finder = CountryMentionFinder(directory: .standard)

  func names(in text: String) -> [String] {
    finder.mentions(in: text).map(\.country.code)
  }

  @Test func findsNamesAliasesAndAdjectives() {
    #expect(names(in: "Talks with the United Kingdom, the UK and Britain.") == ["GB"])
    #expect(names(in: "A Lao PDR delegation met French and German experts.") == ["LA", "FR", "DE"])
  }

  @Test func findsCountriesInsideCompounds() {
    #expect(names(in: "The 1st Sino-French Innovation Conference") == ["CN", "FR"])
    #expect(names(in: "China-Laos Agreement") == ["CN", "LA"])
  }

  @Test func prefersTheLongestPhrase() {
    #expect(names(in: "Papua New Guinea and Guinea-Bissau") == ["PG", "GW"])
    #expect(names(in: "the Czech Republic's ambassador") == ["CZ"])
  }

  @Test func findsNamesWrittenWithCombiningAccents() {
    // "Côte" written as "o" and a combining circumflex, as some editors save it.
    #expect(names(in: "Talks with Co\u{302}te d'Ivoire and Türkiye") == ["CI", "TR"])
  }

  @Test func ignoresLowerCaseWordsAndCodes() {
    #expect(names(in: "let us turn to chad and the IT sector in a new era") == [])
  }

  @Test func reportsWhereEachCountryIsFirstNamed() {
    let mentions = finder.mentions(in: "Intro.\nNews from Côte d'Ivoire and France.\nFrance again.")
    #expect(mentions.map(\.country.code) == ["CI", "FR"])
    #expect(mentions.map(\.line) == [2, 2])
    #expect(mentions.map(\.column) == [11, 30])  // UTF-8 bytes: "ô" is two
    #expect(mentions.first?.phrase == "Côte d'Ivoire")
  }
}
