import GazetteCore

/// A JSON value, written with its object members in the order given, so that the same page
/// always gets the same bytes.
public indirect enum JSON: Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByArrayLiteral {
  case string(String)
  case integer(Int)
  case array([JSON])
  case object([(String, JSON)])

  public init(stringLiteral value: String) { self = .string(value) }
  public init(arrayLiteral elements: JSON...) { self = .array(elements) }

  /// The compact text of the value, safe to place inside a `<script>` element: besides the
  /// escapes JSON requires, `<`, `>` and `&` are written as `\u003c`, `\u003e` and `\u0026`,
  /// so that no `</script>` or `<!--` can end or change the element, and U+2028 and U+2029
  /// as escapes, since older JavaScript does not allow them in strings.
  public var text: String {
    var bytes: [UInt8] = []
    write(into: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the UTF-8 bytes of the compact text of the value to `output`. Bytes rather
  /// than a `String`: a description is many short pieces, and appending to an array of
  /// bytes costs much less than appending to a string.
  func write(into output: inout [UInt8]) {
    switch self {
    case .string(let value): JSON.quote(value, into: &output)
    case .integer(let value): output += String(value).utf8
    case .array(let values):
      output.append(UInt8(ascii: "["))
      for (index, value) in values.enumerated() {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        value.write(into: &output)
      }
      output.append(UInt8(ascii: "]"))
    case .object(let members):
      output.append(UInt8(ascii: "{"))
      for (index, member) in members.enumerated() {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        JSON.quote(member.0, into: &output)
        output.append(UInt8(ascii: ":"))
        member.1.write(into: &output)
      }
      output.append(UInt8(ascii: "}"))
    }
  }

  /// The UTF-8 bytes of `value` as a JSON string literal, quotes included, escaped for a
  /// `<script>` element. Every character to escape is one ASCII byte, but for U+2028 and
  /// U+2029 (`E2 80 A8`, `E2 80 A9`); the runs of bytes between escapes are copied whole.
  static func quote(_ value: String, into output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    var bytesOfValue = value  // `withUTF8` needs a variable; a native string is not copied
    bytesOfValue.withUTF8 { bytes in
      guard mayNeedEscaping(bytes) else {
        output.append(contentsOf: bytes)
        return
      }
      var runStart = 0
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        var width = 1
        let escape: String
        switch byte {
        case UInt8(ascii: "\""): escape = #"\""#
        case UInt8(ascii: "\\"): escape = #"\\"#
        case UInt8(ascii: "\n"): escape = #"\n"#
        case UInt8(ascii: "\r"): escape = #"\r"#
        case UInt8(ascii: "\t"): escape = #"\t"#
        case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), ..<0x20: escape = unicodeEscape(UInt32(byte))
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80
          && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
          escape = bytes[index + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#
          width = 3
        default:
          index += 1
          continue
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        output += escape.utf8
        index += width
        runStart = index
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }
    output.append(UInt8(ascii: "\""))
  }

  /// Whether `bytes` hold a byte that `quote` may escape (0xE2 starts U+2028 and U+2029).
  /// It ORs a flag for every byte, with no branch and no early exit: a loop the compiler
  /// turns into vector instructions, much faster than the escaping loop.
  private static func mayNeedEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var hits: UInt8 = 0
    for byte in bytes {
      hits |=
        (byte < 0x20 ? 1 : 0) | (byte == UInt8(ascii: "\"") ? 1 : 0) | (byte == UInt8(ascii: "\\") ? 1 : 0)
        | (byte == UInt8(ascii: "<") ? 1 : 0) | (byte == UInt8(ascii: ">") ? 1 : 0) | (byte == UInt8(ascii: "&") ? 1 : 0)
        | (byte == 0xE2 ? 1 : 0)
    }
    return hits != 0
  }

  /// `value` as a JSON string literal, quotes included, escaped for a `<script>` element.
  public static func quoted(_ value: String) -> String {
    var bytes: [UInt8] = []
    quote(value, into: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func unicodeEscape(_ value: UInt32) -> String {
    let hex = String(value, radix: 16)
    return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
  }

  public static func == (lhs: JSON, rhs: JSON) -> Bool { lhs.text == rhs.text }
}

/// `<script type="application/ld+json">` with `value`, written as bytes into one buffer
/// that is made large enough at once for a page's description.
func makeStructuredData(_ value: JSON) -> HTML {
  var element: [UInt8] = []
  element.reserveCapacity(2048)
  element += #"<script type="application/ld+json">"#.utf8
  value.write(into: &element)
  element += "</script>\n".utf8
  return HTML(raw: String(decoding: element, as: UTF8.self))
}

/// Schema.org descriptions of the newsletter's pages.
enum SchemaOrg {
  /// The newsletter itself: a `Periodical`.
  static func periodical(_ config: SiteConfig, full: Bool = false) -> JSON {
    var members: [(String, JSON)] = [
      ("@type", "Periodical"), ("name", .string(config.title)), ("url", .string(config.baseURL)),
    ]
    if full {
      if !config.description.isEmpty { members.append(("description", .string(config.description))) }
      members.append(("inLanguage", .string(config.language)))
      if let publisher = publisher(config) { members.append(("publisher", publisher)) }
    }
    return .object(members)
  }

  static func publisher(_ config: SiteConfig) -> JSON? {
    config.publisher.isEmpty ? nil : .object([("@type", "Organization"), ("name", .string(config.publisher))])
  }

  static func document(_ members: [(String, JSON)]) -> JSON {
    .object([("@context", "https://schema.org")] + members)
  }

  static func home(_ config: SiteConfig) -> JSON {
    guard case .object(let members) = periodical(config, full: true) else { return .object([]) }
    return document(members)
  }

  static func issue(_ issue: Issue, config: SiteConfig) -> JSON {
    var members: [(String, JSON)] = [
      ("@type", "PublicationIssue"),
      ("issueNumber", .string(String(issue.number))),
      ("name", .string(issue.title)),
      ("datePublished", .string(issue.date.description)),
      ("url", .string(config.absoluteURL(issue.page.folder))),
      ("inLanguage", .string(config.language)),
      ("isPartOf", periodical(config)),
    ]
    if let publisher = publisher(config) { members.append(("publisher", publisher)) }
    return document(members)
  }

  static func article(_ article: Article, in issue: Issue, description: String, config: SiteConfig) -> JSON {
    let url = config.absoluteURL(article.page.folder)
    var members: [(String, JSON)] = [
      ("@type", "NewsArticle"),
      ("headline", .string(article.title)),
      ("datePublished", .string(article.date.description)),
      ("url", .string(url)),
      ("mainEntityOfPage", .string(url)),
      ("articleSection", .string(article.section)),
      ("inLanguage", .string(config.language)),
    ]
    if !description.isEmpty { members.append(("description", .string(description))) }
    members.append(contentsOf: places(article.countries, config: config))
    members.append(
      (
        "isPartOf",
        .object([
          ("@type", "PublicationIssue"),
          ("issueNumber", .string(String(issue.number))),
          ("url", .string(config.absoluteURL(issue.page.folder))),
          ("isPartOf", periodical(config)),
        ])
      ))
    if let publisher = publisher(config) { members.append(("publisher", publisher)) }
    if let source = article.source {
      members.append(("sourceOrganization", .object([("@type", "Organization"), ("name", .string(source))])))
    }
    return document(members)
  }

  static func report(_ report: Report, description: String, config: SiteConfig) -> JSON {
    let url = config.absoluteURL(report.page.folder)
    var members: [(String, JSON)] = [
      ("@type", "Report"),
      ("name", .string(report.title)),
      ("headline", .string(report.title)),
      ("datePublished", .string(report.date.description)),
      ("url", .string(url)),
      ("mainEntityOfPage", .string(url)),
      ("genre", .string(report.kind.label)),
      ("inLanguage", .string(config.language)),
    ]
    if !description.isEmpty { members.append(("description", .string(description))) }
    members.append(contentsOf: places(report.countries, config: config))
    if let organization = report.organization {
      members.append(("author", .object([("@type", "Organization"), ("name", .string(organization))])))
    }
    if let publisher = publisher(config) { members.append(("publisher", publisher)) }
    return document(members)
  }

  /// `spatialCoverage`: the countries an entry names, as schema.org `Country` values.
  private static func places(_ countries: [Country], config: SiteConfig) -> [(String, JSON)] {
    guard !countries.isEmpty else { return [] }
    let values: [JSON] = countries.map {
      .object([
        ("@type", "Country"), ("name", .string($0.name)), ("identifier", .string($0.code)),
        ("url", .string(config.absoluteURL(PagePath.country($0).folder))),
      ])
    }
    return [("spatialCoverage", .array(values))]
  }
}
