/// Finds the countries a text names: by name ("United Kingdom"), alias ("UK", "Lao PDR") or
/// adjective, also inside compounds ("Sino-French", "China-Laos"). Matching is by exact
/// case, longest phrase first, so "Papua New Guinea" is not read as "Guinea".
///
/// It works on UTF-8 bytes: every byte of a non-ASCII character counts as part of a word,
/// which keeps names such as "Côte d'Ivoire" whole and makes the scan cheap enough to run
/// over every article.
struct CountryMentionFinder: Sendable {
  /// A country named in the text, where it is first named.
  struct Mention: Equatable {
    var country: Country
    var phrase: String
    /// 1-based line and column (UTF-8 bytes) in the text.
    var line: Int
    var column: Int
  }

  /// A phrase to look for: its words after the first, and the country it names.
  private struct Phrase: Sendable {
    var followingWords: [String]
    var country: Country
  }

  /// Phrases by their first word, longest first.
  private let phrasesByFirstWord: [String: [Phrase]]

  init(directory: CountryDirectory) {
    var phrases: [String: [Phrase]] = [:]
    var seen: Set<[String]> = []
    for country in directory.countries {
      for text in [country.name] + country.aliases + country.adjectives {
        let words = CountryMentionFinder.words(in: Array(text.utf8)).map { String(decoding: $0.bytes, as: UTF8.self) }
        // Lower-case phrases ("us") and two-letter codes would match ordinary words.
        guard let first = words.first, first.first?.isUppercase == true,
          text.count > 2 || text == text.uppercased(), seen.insert(words).inserted
        else { continue }
        phrases[first, default: []].append(Phrase(followingWords: Array(words.dropFirst()), country: country))
      }
    }
    phrasesByFirstWord = phrases.mapValues { $0.sorted { $0.followingWords.count > $1.followingWords.count } }
  }

  /// The first mention of each country in `text`, in order of appearance.
  func mentions(in text: String) -> [Mention] {
    var found: [Mention] = []
    var seen: Set<String> = []
    let bytes = Array(text.utf8)
    var lineNumber = 1
    var lineStart = 0
    var index = 0
    while index <= bytes.count {
      guard index == bytes.count || bytes[index] == UInt8(ascii: "\n") else {
        index += 1
        continue
      }
      let line = bytes[lineStart..<index]
      if line.contains(where: { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) {
        for mention in mentions(inLine: line) where seen.insert(mention.country.code).inserted {
          found.append(
            Mention(
              country: mention.country, phrase: mention.phrase, line: lineNumber,
              column: mention.offset - lineStart + 1))
        }
      }
      lineNumber += 1
      index += 1
      lineStart = index
    }
    return found
  }

  private func mentions(inLine line: ArraySlice<UInt8>) -> [(country: Country, phrase: String, offset: Int)] {
    let words = CountryMentionFinder.words(in: line)
    var found: [(Country, String, Int)] = []
    var index = 0
    while index < words.count {
      let word = words[index]
      guard let first = word.bytes.first, first >= 0x80 || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first),
        let candidates = phrasesByFirstWord[String(decoding: word.bytes, as: UTF8.self)]
      else {
        index += 1
        continue
      }
      var matched = 1
      for phrase in candidates where index + phrase.followingWords.count < words.count {
        let following = words[(index + 1)...].prefix(phrase.followingWords.count)
        guard zip(following, phrase.followingWords).allSatisfy({ $0.bytes.elementsEqual($1.utf8) }) else { continue }
        matched = phrase.followingWords.count + 1
        let text = ([String(decoding: word.bytes, as: UTF8.self)] + phrase.followingWords).joined(separator: " ")
        found.append((phrase.country, text, word.offset))
        break
      }
      index += matched
    }
    return found
  }

  /// The words of a line: runs of ASCII letters and digits and non-ASCII bytes, with `'` and
  /// `.` kept between letters ("d'Ivoire", "U.K"). A possessive `'s` or `’s` is dropped, so
  /// that "Britain's" names Britain.
  private static func words(in line: some Collection<UInt8>) -> [(bytes: ArraySlice<UInt8>, offset: Int)] {
    let bytes = Array(line)
    let base = (line as? ArraySlice<UInt8>)?.startIndex ?? 0
    func isWordByte(_ byte: UInt8) -> Bool {
      byte >= 0x80 || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
        || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
    var words: [(ArraySlice<UInt8>, Int)] = []
    var start: Int?
    for index in bytes.indices {
      let byte = bytes[index]
      let joinsLetters =
        (byte == UInt8(ascii: "'") || byte == UInt8(ascii: ".")) && start != nil && index + 1 < bytes.count
        && isWordByte(bytes[index + 1])
      if isWordByte(byte) || joinsLetters {
        if start == nil { start = index }
      } else if let wordStart = start {
        words.append((bytes[wordStart..<index], base + wordStart))
        start = nil
      }
    }
    if let wordStart = start { words.append((bytes[wordStart...], base + wordStart)) }
    let apostrophe: [UInt8] = Array("'s".utf8)
    let curlyApostrophe: [UInt8] = Array("’s".utf8)
    return words.map { word, offset in
      if word.reversed().starts(with: apostrophe.reversed()) { return (word.dropLast(2), offset) }
      if word.reversed().starts(with: curlyApostrophe.reversed()) { return (word.dropLast(4), offset) }
      return (word, offset)
    }
  }
}
