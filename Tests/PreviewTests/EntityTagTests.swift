import Testing

@testable import Preview

@Suite struct EntityTagTests {
  @Test func tagsAreQuotedHashesOfTheBytes() {
    let tag = EntityTag.make(for: Array("hello".utf8))
    #expect(tag.count == 18)
    #expect(tag.hasPrefix("\"") && tag.hasSuffix("\""))
    #expect(tag == EntityTag.make(for: Array("hello".utf8)))
    #expect(tag != EntityTag.make(for: Array("hello!".utf8)))
  }

  @Test func ifNoneMatchComparesEveryTagWeakly() {
    let tag = "\"0123456789abcdef\""
    #expect(EntityTag.ifNoneMatch(tag, matches: tag))
    #expect(EntityTag.ifNoneMatch("W/\(tag)", matches: tag))
    #expect(EntityTag.ifNoneMatch("\"other\", \(tag)", matches: tag))
    #expect(EntityTag.ifNoneMatch("*", matches: tag))
    #expect(!EntityTag.ifNoneMatch("\"other\"", matches: tag))
    #expect(!EntityTag.ifNoneMatch("0123456789abcdef", matches: tag))
  }
}
