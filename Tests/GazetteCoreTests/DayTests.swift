import Testing

@testable import GazetteCore

@Suite struct DayTests {
  @Test(arguments: ["2017-12-15", "2000-02-29", "2024-02-29", "0001-01-01"])
  func readsRealDates(_ text: String) throws {
    let day = try #require(Day(text))
    #expect(day.description == text)
  }

  @Test(arguments: ["2017-02-29", "1900-02-29", "2017-13-01", "2017-00-10", "2017-04-31", "17-12-15", "2017-1-5", "2017/12/15", "", "2017-12-15T00:00", "abcd-ef-gh", "2017-12-1x"])
  func refusesAnythingElse(_ text: String) {
    #expect(Day(text) == nil)
  }

  @Test func formatsForPeopleAndFeeds() throws {
    let day = try #require(Day("2017-12-05"))
    #expect(day.longText == "5 December 2017")
    #expect(day.timestamp == "2017-12-05T00:00:00Z")
    #expect(try #require(Day("2017-11-30")) < day)
  }
}
