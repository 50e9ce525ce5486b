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
    var followingWords: [[UInt8]]
    var country: Country
  }

  /// The first word of some phrases, with those phrases, longest first.
  private struct FirstWord: Sendable {
    var bytes: [UInt8]
    var phrases: [Phrase]
  }

  /// Phrases by their first word, longest first.
  private let phrasesByFirstWord: [String: [Phrase]]

  /// The same first words, by their first byte and their length, for ASCII words of the
  /// text: they find the few first words they may be with one array lookup, with no hashing
  /// and no `String` made of them. Words longer than `longestWord` bytes share the last
  /// slot of their byte.
  private let firstWords: [[FirstWord]]
  private static let longestWord = 31

  /// A bit for the hash of every ASCII first word (`filterBit(of:)`): most capitalized
  /// words of a text have no bit set, and are ruled out before any lookup.
  private let firstWordFilter: [UInt64]

  init(directory: CountryDirectory) {
    var phrases: [String: [Phrase]] = [:]
    var seen: Set<[String]> = []
    for country in directory.countries {
      for text in [country.name] + country.aliases + country.adjectives {
        let words = CountryMentionFinder.words(in: text)
        // Lower-case phrases ("us") and two-letter codes would match ordinary words.
        guard let first = words.first, first.first?.isUppercase == true,
          text.count > 2 || text == text.uppercased(), seen.insert(words).inserted
        else { continue }
        phrases[first, default: []].append(
          Phrase(followingWords: words.dropFirst().map { Array($0.utf8) }, country: country))
      }
    }
    phrasesByFirstWord = phrases.mapValues { $0.sorted { $0.followingWords.count > $1.followingWords.count } }
    var firstWords = [[FirstWord]](repeating: [], count: 256 * (CountryMentionFinder.longestWord + 1))
    var filter = [UInt64](repeating: 0, count: CountryMentionFinder.filterBits / 64)
    for (word, phrases) in phrasesByFirstWord {
      let bytes = Array(word.utf8)
      let bit = bytes.withUnsafeBufferPointer { CountryMentionFinder.filterBit(of: $0[...]) }
      filter[bit / 64] |= 1 << (bit % 64)
      firstWords[CountryMentionFinder.slot(firstByte: bytes[0], count: bytes.count)].append(
        FirstWord(bytes: bytes, phrases: phrases))
    }
    self.firstWords = firstWords
    firstWordFilter = filter
  }

  /// The first mention of each country in `text`, in order of appearance.
  ///
  /// Only words that start with a capital letter (or a non-ASCII byte, as in "Ö") can
  /// begin a name, so the scan jumps from one such byte to the next, and lines are counted
  /// only up to the few mentions it reports.
  func mentions(in text: String) -> [Mention] {
    var text = text
    return text.withUTF8 { bytes in
      var found: [Mention] = []
      var lines = LineCounter()
      var index = 0
      while let start = CountryMentionFinder.nextWordStart(in: bytes, from: index) {
        let word = CountryMentionFinder.word(in: bytes, at: start)
        index = word.end
        guard let candidates = phrases(startingWith: word.start..<word.textEnd, in: bytes) else { continue }
        for phrase in candidates {
          guard let end = CountryMentionFinder.match(phrase.followingWords, in: bytes, after: word.end) else { continue }
          index = max(index, end)
          if !found.contains(where: { $0.country == phrase.country }) {
            let firstWord = String(decoding: bytes[word.start..<word.textEnd], as: UTF8.self)
            let text = ([firstWord] + phrase.followingWords.map { String(decoding: $0, as: UTF8.self) })
              .joined(separator: " ")
            let (line, lineStart) = lines.line(at: word.start, in: bytes)
            found.append(Mention(country: phrase.country, phrase: text, line: line, column: word.start - lineStart + 1))
          }
          break
        }
      }
      return found
    }
  }

  /// The 1-based line of a position, found by counting line breaks from the position asked
  /// for before: positions must come in increasing order.
  private struct LineCounter {
    private var number = 1
    private var start = 0
    private var countedUpTo = 0

    /// The line of `position` and the position where that line starts.
    mutating func line(at position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (number: Int, start: Int) {
      while countedUpTo < position {
        if bytes[countedUpTo] == UInt8(ascii: "\n") {
          number += 1
          start = countedUpTo + 1
        }
        countedUpTo += 1
      }
      return (number, start)
    }
  }

  /// The position of the first word at or after `position` that starts with a capital
  /// ASCII letter or a non-ASCII byte; nil when there is none.
  ///
  /// A byte starts a word when the byte before it is no part of a word, and is no `'` or `.`
  /// with a word byte before it, which `word(in:at:)` would have taken into the word.
  private static func nextWordStart(in bytes: UnsafeBufferPointer<UInt8>, from position: Int) -> Int? {
    var index = position
    while index < bytes.count {
      let byte = bytes[index]
      guard byte >= 0x80 || byte &- UInt8(ascii: "A") < 26 else {
        index += 1
        continue
      }
      let before = index > 0 ? bytes[index - 1] : UInt8(ascii: " ")
      let isInsideWord =
        isWordByte(before)
        || ((before == UInt8(ascii: "'") || before == UInt8(ascii: ".")) && index > 1 && isWordByte(bytes[index - 2]))
      if !isInsideWord { return index }
      index += 1
    }
    return nil
  }

  /// The phrases whose first word is the bytes `range` of `bytes`, longest first.
  private func phrases(startingWith range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> [Phrase]? {
    let word = UnsafeBufferPointer(rebasing: bytes[range])
    if word.contains(where: { $0 >= 0x80 }) {
      // As a `String`, a word compares equal to the same word in another Unicode form:
      // "Co\u{302}te" is "Côte".
      return phrasesByFirstWord[String(decoding: word, as: UTF8.self)]
    }
    let bit = CountryMentionFinder.filterBit(of: bytes[range])
    guard firstWordFilter[bit / 64] & (1 << (bit % 64)) != 0 else { return nil }
    let slot = CountryMentionFinder.slot(firstByte: bytes[range.lowerBound], count: range.count)
    for firstWord in firstWords[slot] where CountryMentionFinder.equal(bytes, range, firstWord.bytes) {
      return firstWord.phrases
    }
    return nil
  }

  private static let filterBits = 4096

  /// The bit of `firstWordFilter` for a word: a hash of its bytes, 12 bits of it.
  private static func filterBit(of word: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
    var hash: UInt32 = 0
    for byte in word { hash = hash &* 31 &+ UInt32(byte) }
    return Int((hash &* 0x9E37_79B1) >> 20)
  }

  private static func slot(firstByte: UInt8, count: Int) -> Int {
    Int(firstByte) * (longestWord + 1) + min(count, longestWord)
  }

  /// Whether the bytes `range` of `bytes` are `expected`.
  private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ expected: [UInt8]) -> Bool {
    guard range.count == expected.count else { return false }
    for offset in 0..<expected.count where bytes[range.lowerBound + offset] != expected[offset] {
      return false
    }
    return true
  }

  /// The end of the phrase if `words` follow `position` on the same line, each separated by
  /// characters that are not part of words.
  private static func match(_ words: [[UInt8]], in bytes: UnsafeBufferPointer<UInt8>, after position: Int) -> Int? {
    var position = position
    for expected in words {
      while position < bytes.count, !isWordByte(bytes[position]), bytes[position] != UInt8(ascii: "\n") {
        position += 1
      }
      guard position < bytes.count, isWordByte(bytes[position]) else { return nil }
      let word = word(in: bytes, at: position)
      guard equal(bytes, word.start..<word.textEnd, expected) else { return nil }
      position = word.end
    }
    return position
  }

  /// The word that starts at `start`, which must be a word byte: ASCII letters and digits
  /// and non-ASCII bytes, with `'` and `.` kept between letters ("d'Ivoire", "U.K").
  /// `textEnd` leaves out a possessive `'s` or `’s`, so that "Britain's" names Britain.
  private static func word(
    in bytes: UnsafeBufferPointer<UInt8>, at start: Int
  ) -> (start: Int, textEnd: Int, end: Int) {
    var end = start + 1
    while end < bytes.count {
      let byte = bytes[end]
      if isWordByte(byte) {
        end += 1
      } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "."), end + 1 < bytes.count, isWordByte(bytes[end + 1]) {
        end += 2
      } else {
        break
      }
    }
    var textEnd = end
    let count = end - start
    if count > 2, bytes[end - 1] == UInt8(ascii: "s"), bytes[end - 2] == UInt8(ascii: "'") {
      textEnd = end - 2
    } else if count > 4, bytes[end - 1] == UInt8(ascii: "s"), bytes[end - 4] == 0xE2, bytes[end - 3] == 0x80,
      bytes[end - 2] == 0x99
    {
      textEnd = end - 4
    }
    return (start, textEnd, end)
  }

  /// Whether a byte is part of words: an ASCII letter or digit, or any non-ASCII byte.
  private static func isWordByte(_ byte: UInt8) -> Bool {
    byte >= 0x80 || (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10
  }

  /// The words of a phrase from the country table.
  private static func words(in phrase: String) -> [String] {
    var phrase = phrase
    return phrase.withUTF8 { bytes in
      var words: [String] = []
      var index = 0
      while index < bytes.count {
        if isWordByte(bytes[index]) {
          let word = word(in: bytes, at: index)
          words.append(String(decoding: bytes[word.start..<word.textEnd], as: UTF8.self))
          index = word.end
        } else {
          index += 1
        }
      }
      return words
    }
  }
}
