import Foundation
import Markdown

/// The newsletter's settings, from `site.yml`.
public struct SiteConfig: Sendable, Hashable {
  public var title: String
  public var subtitle: String
  public var description: String
  /// The absolute address the site is published at, ending in `/`.
  public var baseURL: String
  /// The BCP 47 language tag of the content: `en`.
  public var language: String
  public var publisher: String
  /// Whether raw HTML in Markdown reaches the pages (on by default: editors are trusted).
  public var allowsRawHTML: Bool
  /// The publisher's own country, which entries need not list among their countries.
  public var homeCountry: Country?

  public init(
    title: String, subtitle: String = "", description: String = "", baseURL: String,
    language: String = "en", publisher: String = "", allowsRawHTML: Bool = true,
    homeCountry: Country? = nil
  ) {
    self.title = title
    self.subtitle = subtitle
    self.description = description
    self.baseURL = SiteConfig.normalizedBaseURL(baseURL)
    self.language = language
    self.publisher = publisher
    self.allowsRawHTML = allowsRawHTML
    self.homeCountry = homeCountry
  }

  /// The path part of the base URL (`/` or `/newsletter/`), for pages served at any depth.
  public var basePath: String {
    guard let schemeEnd = baseURL.range(of: "://") else { return "/" }
    let rest = baseURL[schemeEnd.upperBound...]
    guard let slash = rest.firstIndex(of: "/") else { return "/" }
    return String(rest[slash...])
  }

  /// The absolute URL of a path inside the site.
  public func absoluteURL(_ path: String) -> String { baseURL + path }

  /// The Markdown options the site's pages are rendered with.
  public var markdownOptions: MarkdownOptions {
    MarkdownOptions(
      usesSmartPunctuation: true, allowsRawHTML: allowsRawHTML, addsHeadingIDs: true,
      headingIDPrefix: Fragment.idMarker)
  }

  static func normalizedBaseURL(_ url: String) -> String {
    url.hasSuffix("/") ? url : url + "/"
  }
}
