import Testing

@testable import GazetteCore

@Suite struct EditDistanceTests {
  @Test(arguments: [
    ("", "", 0), ("abc", "", 3), ("", "ab", 2), ("Loas", "Laos", 1), ("kitten", "sitting", 3),
    ("contries", "countries", 1), ("tsyp", "tysp", 1), ("same", "same", 0),
  ])
  func countsEdits(_ a: String, _ b: String, _ distance: Int) {
    #expect(editDistance(a, b) == distance)
  }
}
