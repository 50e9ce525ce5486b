/// Finds the countries a text names: by name ("United Kingdom"), alias ("UK", "Lao PDR") or
/// adjective, also inside compounds ("Sino-French", "China-Laos"). Matching is by exact
/// case, longest phrase first, so "Papua New Guinea" is not read as "Guinea".
struct CountryMentionFinder: Sendable {
  /// A country named in the text, where it is first named.
  struct Mention: Equatable {
    var country: Country
    var phrase: String
    /// 1-based line and column (UTF-8 bytes) in the text.
    var line: Int
    var column: Int
  }

  private let phrases: [String: Country]
  private let longestPhrase: Int

  init(directory: CountryDirectory) {
    var phrases: [String: Country] = [:]
    for country in directory.countries {
      for phrase in [country.name] + country.aliases + country.adjectives {
        let words = CountryMentionFinder.words(in: Substring(phrase)).map(\.text)
        // Lower-case phrases ("us") and two-letter codes would match ordinary words.
        guard let first = words.first, first.first?.isUppercase == true, phrase.count > 2 || phrase == phrase.uppercased()
        else { continue }
        let key = words.joined(separator: " ")
        if phrases[key] == nil { phrases[key] = country }
      }
    }
    self.phrases = phrases
    longestPhrase = phrases.keys.map { $0.split(separator: " ").count }.max() ?? 1
  }

  /// The first mention of each country in `text`, in order of appearance.
  func mentions(in text: String) -> [Mention] {
    var found: [Mention] = []
    var seen: Set<String> = []
    var lineNumber = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      guard line.contains(where: \.isUppercase) else { continue }
      let words = CountryMentionFinder.words(in: line)
      var index = 0
      while index < words.count {
        guard words[index].text.first?.isUppercase == true else {
          index += 1
          continue
        }
        var matched = 1
        for length in stride(from: min(longestPhrase, words.count - index), through: 1, by: -1) {
          let phrase = words[index..<(index + length)].map(\.text).joined(separator: " ")
          guard let country = phrases[phrase] else { continue }
          matched = length
          if seen.insert(country.code).inserted {
            let column = line.utf8.distance(from: line.startIndex, to: words[index].start) + 1
            found.append(Mention(country: country, phrase: phrase, line: lineNumber, column: column))
          }
          break
        }
        index += matched
      }
    }
    return found
  }

  /// The words of `line`: runs of letters and digits, with `'` and `.` allowed between
  /// letters ("d'Ivoire", "U.K").
  private static func words(in line: Substring) -> [(text: Substring, start: Substring.Index)] {
    var words: [(Substring, Substring.Index)] = []
    var start: Substring.Index?
    var index = line.startIndex
    while index < line.endIndex {
      let character = line[index]
      let next = line.index(after: index)
      let isWordCharacter =
        character.isLetter || character.isNumber
        || ((character == "'" || character == "’" || character == ".") && start != nil && next < line.endIndex
          && line[next].isLetter)
      if isWordCharacter {
        if start == nil { start = index }
      } else if let wordStart = start {
        words.append((line[wordStart..<index], wordStart))
        start = nil
      }
      index = next
    }
    if let wordStart = start { words.append((line[wordStart...], wordStart)) }
    // A possessive belongs to the name before it: "Britain's" names Britain.
    return words.map { word, start in
      word.hasSuffix("'s") || word.hasSuffix("’s") ? (word.dropLast(2), start) : (word, start)
    }
  }
}
