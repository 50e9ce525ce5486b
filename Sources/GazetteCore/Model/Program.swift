/// A cooperation program, from `programs/<slug>.md`.
public struct Program: Sendable, Hashable, Comparable {
  /// The file name without `.md`; also the program's URL segment.
  public var slug: String
  public var name: String
  public var acronym: String?
  public var aliases: [String]
  /// The program's own website.
  public var url: String?
  public var description: Fragment
  public var sourcePath: String

  public init(
    slug: String, name: String, acronym: String? = nil, aliases: [String] = [], url: String? = nil,
    description: Fragment = .empty, sourcePath: String = ""
  ) {
    self.slug = slug
    self.name = name
    self.acronym = acronym
    self.aliases = aliases
    self.url = url
    self.description = description
    self.sourcePath = sourcePath
  }

  /// "Talented Young Scientist Program (TYSP)".
  public var displayName: String {
    acronym.map { "\(name) (\($0))" } ?? name
  }

  public var page: PagePath { .program(slug) }

  public static func < (lhs: Program, rhs: Program) -> Bool {
    (lhs.name.lowercased(), lhs.slug) < (rhs.name.lowercased(), rhs.slug)
  }
}
