import Testing

@testable import YAML

@Suite struct YAMLNodeTests {
  /// The fields of a mapping, as (key, text or nil) pairs.
  private func fields(_ node: YAMLNode?) -> [(String, String?)] {
    guard case .mapping(let pairs)? = node?.content else { return [] }
    return pairs.map { ($0.key.text ?? "?", $0.value.text) }
  }

  @Test func readsAMappingOfTextInOrderWithWhereEachValueStarts() throws {
    let root = try YAMLNode.parse("title: China–Laos Agreement\nnumber: 23\ndate: 2017-12-15\n")
    let pairs = fields(root)
    #expect(pairs.map(\.0) == ["title", "number", "date"])
    // Numbers and dates stay text: the field reader decides what they must be.
    #expect(pairs.map(\.1) == ["China–Laos Agreement", "23", "2017-12-15"])
    guard case .mapping(let mapping)? = root?.content else { Issue.record("not a mapping"); return }
    #expect(mapping[1].value.mark == YAMLMark(line: 2, column: 9))
    #expect(root?.mark == YAMLMark(line: 1, column: 1))
  }

  @Test func columnsCountUnicodeScalarsAsLibyamlDoes() throws {
    let root = try YAMLNode.parse("countries: [Côte d'Ivoire, Laos]\n")
    guard case .mapping(let mapping)? = root?.content, case .sequence(let items) = mapping[0].value.content else {
      Issue.record("not a mapping of a list")
      return
    }
    #expect(items.map(\.text) == ["Côte d'Ivoire", "Laos"])
    #expect(items[1].mark == YAMLMark(line: 1, column: 28))
  }

  @Test func tellsPlainScalarsFromQuotedOnes() throws {
    let root = try YAMLNode.parse("a: null\nb: \"null\"\nc: 'true'\nd: true\n")
    guard case .mapping(let mapping)? = root?.content else { Issue.record("not a mapping"); return }
    let plain = mapping.map { pair -> Bool in
      guard case .scalar(_, let isPlain) = pair.value.content else { return false }
      return isPlain
    }
    #expect(plain == [true, false, false, true])
  }

  @Test func readsFlowAndBlockSequences() throws {
    let root = try YAMLNode.parse("countries: [Laos, Viet Nam]\nprograms:\n  - tysp\n  - belt-and-road\n")
    guard case .mapping(let mapping)? = root?.content else { Issue.record("not a mapping"); return }
    let lists = mapping.map { pair -> [String] in
      guard case .sequence(let items) = pair.value.content else { return [] }
      return items.compactMap(\.text)
    }
    #expect(lists == [["Laos", "Viet Nam"], ["tysp", "belt-and-road"]])
    guard case .sequence(let items) = mapping[1].value.content else { return }
    #expect(items[1].mark == YAMLMark(line: 4, column: 5))
  }

  @Test func anAliasStandsForTheNodeOfItsAnchor() throws {
    let pairs = fields(try YAMLNode.parse("source: &org Chinese Academy of Sciences\norganization: *org\n"))
    #expect(pairs.map(\.1) == ["Chinese Academy of Sciences", "Chinese Academy of Sciences"])
  }

  @Test func anEmptyTextOrOneWithOnlyCommentsHasNoDocument() throws {
    #expect(try YAMLNode.parse("") == nil)
    #expect(try YAMLNode.parse("# nothing yet\n") == nil)
  }

  @Test func anUnclosedQuoteIsAnErrorInLibyamlsWordsWhereTheTextEnds() {
    #expect(
      throws: YAMLError(
        problem: "found unexpected end of stream", context: "while scanning a quoted scalar",
        mark: YAMLMark(line: 2, column: 1))
    ) {
      try YAMLNode.parse("title: \"China-Laos\n")
    }
  }

  @Test func aValueHoldingAColonIsAnError() throws {
    let error = #expect(throws: YAMLError.self) { try YAMLNode.parse("title: New: China-Laos\n") }
    #expect(error?.problem == "mapping values are not allowed in this context")
    #expect(error?.mark == YAMLMark(line: 1, column: 11))
  }

  @Test func anUndefinedAliasIsAnError() {
    #expect(throws: YAMLError(problem: "found undefined alias", mark: YAMLMark(line: 1, column: 9))) {
      try YAMLNode.parse("source: *nowhere\n")
    }
  }

  @Test func aSecondDocumentIsAnError() {
    let error = #expect(throws: YAMLError.self) { try YAMLNode.parse("title: one\n---\ntitle: two\n") }
    #expect(error?.problem == "but found another document")
    #expect(error?.mark.line == 2)
  }

  @Test func aControlCharacterIsAnErrorAtItsLineAndColumn() {
    let error = #expect(throws: YAMLError.self) { try YAMLNode.parse("title: ok\nsource: é\u{1}\n") }
    #expect(error?.problem == "control characters are not allowed")
    #expect(error?.mark == YAMLMark(line: 2, column: 10))
  }

  @Test func nestingDeeperThanTheLimitIsAnErrorNotACrash() throws {
    let limit = YAMLNode.nestingLimit
    let deepest = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
    var node = try YAMLNode.parse(deepest)
    var levels = 0
    while case .sequence(let items)? = node?.content {
      levels += 1
      node = items.first
    }
    #expect(levels == limit)
    let tooDeep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    let error = #expect(throws: YAMLError.self) { try YAMLNode.parse(tooDeep) }
    #expect(error?.mark == YAMLMark(line: 1, column: limit + 1))
  }
}
