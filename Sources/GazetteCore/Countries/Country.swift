/// A country or territory of ISO 3166-1.
public struct Country: Sendable, Hashable, Comparable {
  /// The alpha-2 code, upper case: `GB`.
  public let code: String
  /// The usual English short name: "United Kingdom".
  public let name: String
  /// Other names editors write: "UK", "Britain".
  public let aliases: [String]
  /// Forms used in compounds and adjectives: "British", "Sino".
  public let adjectives: [String]

  /// The code in lower case, as it appears in URLs: `gb`.
  public var slug: String { code.lowercased() }

  public static func < (lhs: Country, rhs: Country) -> Bool {
    (lhs.name, lhs.code) < (rhs.name, rhs.code)
  }

  public static func == (lhs: Country, rhs: Country) -> Bool { lhs.code == rhs.code }
  public func hash(into hasher: inout Hasher) { hasher.combine(code) }
}
