import Foundation

/// Finds countries by code, name, alias or adjective, ignoring case.
public struct CountryDirectory: Sendable {
  /// Every country of ISO 3166-1, sorted by code.
  public let countries: [Country]
  private let byKey: [String: Country]
  private let byCode: [String: Country]

  /// The built-in table of every ISO 3166-1 country.
  public static let standard = CountryDirectory(table: countryTable)

  /// Reads a table of lines `CODE|Name|alias; alias|adjective; adjective`.
  init(table: String) {
    var countries: [Country] = []
    for line in table.split(separator: "\n") {
      let fields = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == 4 else { continue }
      func list(_ field: String) -> [String] {
        field.split(separator: ";").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
      }
      countries.append(
        Country(code: fields[0], name: fields[1], aliases: list(fields[2]), adjectives: list(fields[3])))
    }
    var byKey: [String: Country] = [:]
    for country in countries {
      for key in [country.code, country.name] + country.aliases {
        byKey[CountryDirectory.key(key)] = country
      }
    }
    self.countries = countries
    self.byKey = byKey
    self.byCode = Dictionary(uniqueKeysWithValues: countries.map { ($0.code, $0) })
  }

  /// The country an editor means by `reference`: an alpha-2 code, a name or an alias.
  public func country(for reference: String) -> Country? {
    byKey[CountryDirectory.key(reference)]
  }

  /// The country with this alpha-2 code, in any case.
  public func country(code: String) -> Country? {
    byCode[code.uppercased()]
  }

  /// The country whose name or alias is closest to a reference that matches none, if one
  /// is close enough to be a likely typo.
  public func suggestion(for reference: String) -> Country? {
    let wanted = CountryDirectory.key(reference)
    guard wanted.count > 2 else { return nil }
    var best: (distance: Int, country: Country)?
    for country in countries {
      for candidate in [country.name] + country.aliases where candidate.count > 2 {
        let distance = editDistance(wanted, CountryDirectory.key(candidate))
        if distance < (best?.distance ?? Int.max) { best = (distance, country) }
      }
    }
    guard let best, best.distance <= max(1, wanted.count / 3) else { return nil }
    return best.country
  }

  static func key(_ text: String) -> String {
    text.trimmingSpaces().lowercased()
  }
}
