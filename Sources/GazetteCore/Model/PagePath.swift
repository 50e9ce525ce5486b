/// Where a page lives in the site: a folder holding `index.html`.
public struct PagePath: Sendable, Hashable, Comparable {
  /// The folder relative to the site's root, ending in `/`; empty for the home page.
  public let folder: String

  public init(_ folder: String) {
    self.folder = folder
  }

  public static let home = PagePath("")
  public static let issues = PagePath("issues/")
  public static let reports = PagePath("reports/")
  public static let countries = PagePath("countries/")
  public static let programs = PagePath("programs/")
  public static let search = PagePath("search/")
  /// The 404 page's place for templates; it is written as `404.html` at the root.
  public static let notFound = PagePath("404/")

  public static func issue(_ number: Int) -> PagePath { PagePath("issues/\(number)/") }
  public static func article(issue: Int, slug: String) -> PagePath { PagePath("issues/\(issue)/\(slug)/") }
  public static func report(_ slug: String) -> PagePath { PagePath("reports/\(slug)/") }
  public static func country(_ country: Country) -> PagePath { PagePath("countries/\(country.slug)/") }
  public static func program(_ slug: String) -> PagePath { PagePath("programs/\(slug)/") }

  /// The page's file: `issues/23/index.html`.
  public var file: String { folder + "index.html" }

  /// How many folders deep the page is.
  public var depth: Int { folder.utf8.count { $0 == UInt8(ascii: "/") } }

  /// The way from this page back to the root: `../../` for `issues/23/`.
  public var rootPrefix: String { String(repeating: "../", count: depth) }

  public static func < (lhs: PagePath, rhs: PagePath) -> Bool { lhs.folder < rhs.folder }
}
