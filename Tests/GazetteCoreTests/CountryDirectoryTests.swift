import Testing

@testable import GazetteCore

@Suite struct CountryDirectoryTests {
  let directory = CountryDirectory.standard

  @Test func holdsEveryISOCountry() {
    #expect(directory.countries.count == 249)
    #expect(Set(directory.countries.map(\.code)).count == 249)
  }

  @Test(arguments: [
    ("GB", "GB"), ("gb", "GB"), ("United Kingdom", "GB"), ("UK", "GB"), ("britain", "GB"),
    ("Great Britain", "GB"), ("Laos", "LA"), ("Lao PDR", "LA"), ("Vietnam", "VN"), ("Viet Nam", "VN"),
    ("Türkiye", "TR"), ("Turkey", "TR"), ("South Korea", "KR"), ("Republic of Korea", "KR"),
    ("Côte d'Ivoire", "CI"), ("Ivory Coast", "CI"), ("  France ", "FR"), ("USA", "US"), ("us", "US"),
    ("Russian Federation", "RU"), ("Czech Republic", "CZ"),
  ])
  func findsCountriesByCodeNameOrAlias(_ reference: String, _ code: String) {
    #expect(directory.country(for: reference)?.code == code)
  }

  @Test(arguments: ["Loas", "Korea", "Atlantis", "", "XX"])
  func unknownReferencesFindNothing(_ reference: String) {
    #expect(directory.country(for: reference) == nil)
  }

  @Test func suggestsTheClosestNameForATypo() {
    #expect(directory.suggestion(for: "Loas")?.code == "LA")
    #expect(directory.suggestion(for: "Frnace")?.code == "FR")
    #expect(directory.suggestion(for: "Untied Kingdom")?.code == "GB")
    #expect(directory.suggestion(for: "Atlantis") == nil)
  }

  @Test func slugIsTheLowerCaseCode() {
    #expect(directory.country(for: "United Kingdom")?.slug == "gb")
  }
}
