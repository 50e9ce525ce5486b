/// A Markdown body rendered to HTML, ready to be placed on any page.
///
/// Links to other pages of the site are stored relative to the site's root, behind
/// `Fragment.rootMarker`; `html(rootPrefix:)` turns them into links relative to the page the
/// fragment appears on, so that the same body works on an article page and on its issue page.
public struct Fragment: Sendable, Hashable {
  /// The HTML, with internal links behind the root marker.
  public let html: String
  /// Plain text of the first paragraph.
  public let summary: String
  /// The `id`s of the headings, for `#fragment` links.
  public let headingIDs: [String]
  /// Whether `html` contains the root marker.
  public let hasSiteLinks: Bool
  /// Whether `html` contains the id marker (in heading ids and `#fragment` links).
  public let hasIDs: Bool

  /// What an internal link's destination starts with until the page it lands on is known.
  public static let rootMarker = "gazette-root:/"
  /// What heading ids and links to them start with until the page they land on is known:
  /// on an issue page, which holds many articles, they get the article's slug in front.
  public static let idMarker = "gazette-id:"

  public init(
    html: String, summary: String, headingIDs: [String] = [], hasSiteLinks: Bool = false, hasIDs: Bool = false
  ) {
    self.html = html
    self.summary = summary
    self.headingIDs = headingIDs
    self.hasSiteLinks = hasSiteLinks
    self.hasIDs = hasIDs
  }

  public static let empty = Fragment(html: "", summary: "")

  /// The HTML for a page whose way back to the site's root is `rootPrefix` (`../../`), with
  /// `idPrefix` before every heading id.
  public func html(rootPrefix: String, idPrefix: String = "") -> HTML {
    var html = self.html
    if hasSiteLinks {
      html = html.replacingEvery("\"" + Fragment.rootMarker, with: "\"" + rootPrefix)
    }
    if hasIDs {
      html = html.replacingEvery(Fragment.idMarker, with: idPrefix)
    }
    return HTML(raw: html)
  }
}
