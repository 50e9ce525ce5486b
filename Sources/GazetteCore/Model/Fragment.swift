import Synchronization

/// A Markdown body rendered to HTML, ready to be placed on any page.
///
/// Links to other pages of the site are stored relative to the site's root, behind
/// `Fragment.rootMarker`; `html(rootPrefix:)` turns them into links relative to the page the
/// fragment appears on, so that the same body works on an article page and on its issue page.
///
/// A fragment from the parse cache has no HTML of its own (the cache keeps what lists show,
/// not bodies): it renders its file again the first time a page needs the HTML.
public struct Fragment: Sendable, Hashable {
  /// Plain text of the first paragraph.
  public let summary: String
  /// The `id`s of the headings, for `#fragment` links.
  public let headingIDs: [String]
  /// Whether `html` contains the root marker.
  public let hasSiteLinks: Bool
  /// Whether `html` contains the id marker (in heading ids and `#fragment` links).
  public let hasIDs: Bool
  private let source: Source

  /// Where the HTML comes from.
  private enum Source: Sendable {
    case rendered(String)
    case deferred(DeferredHTML)
    /// Read from the parse cache, which does not store HTML; `deferringHTML` supplies it.
    case absent
  }

  /// What an internal link's destination starts with until the page it lands on is known.
  public static let rootMarker = "gazette-root:/"
  /// What heading ids and links to them start with until the page they land on is known:
  /// on an issue page, which holds many articles, they get the article's slug in front.
  public static let idMarker = "gazette-id:"

  public init(
    html: String, summary: String, headingIDs: [String] = [], hasSiteLinks: Bool = false, hasIDs: Bool = false
  ) {
    self.init(source: .rendered(html), summary: summary, headingIDs: headingIDs, hasSiteLinks: hasSiteLinks, hasIDs: hasIDs)
  }

  private init(source: Source, summary: String, headingIDs: [String], hasSiteLinks: Bool, hasIDs: Bool) {
    self.source = source
    self.summary = summary
    self.headingIDs = headingIDs
    self.hasSiteLinks = hasSiteLinks
    self.hasIDs = hasIDs
  }

  /// A fragment whose HTML is not at hand: one read from the parse cache.
  init(withoutHTMLSummary summary: String, headingIDs: [String], hasSiteLinks: Bool, hasIDs: Bool) {
    self.init(source: .absent, summary: summary, headingIDs: headingIDs, hasSiteLinks: hasSiteLinks, hasIDs: hasIDs)
  }

  /// This fragment without its HTML, which `render` makes again when it is needed (once,
  /// however many pages and threads ask for it).
  public func deferringHTML(to render: @escaping @Sendable () -> String) -> Fragment {
    Fragment(
      source: .deferred(DeferredHTML(render)), summary: summary, headingIDs: headingIDs, hasSiteLinks: hasSiteLinks,
      hasIDs: hasIDs)
  }

  public static let empty = Fragment(html: "", summary: "")

  /// The HTML, with internal links behind the root marker.
  public var html: String {
    switch source {
    case .rendered(let html): return html
    case .deferred(let deferred): return deferred.html
    case .absent:
      // A parse cache entry used without `deferringHTML`: a bug, which tests catch.
      assertionFailure("the HTML of a fragment read from the parse cache was never supplied")
      return ""
    }
  }

  /// Whether the HTML is missing: a fragment read from the parse cache, until
  /// `deferringHTML` says how to make it.
  var lacksHTML: Bool {
    if case .absent = source { return true }
    return false
  }

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

  public static func == (lhs: Fragment, rhs: Fragment) -> Bool {
    (lhs.summary, lhs.headingIDs, lhs.hasSiteLinks, lhs.hasIDs) == (rhs.summary, rhs.headingIDs, rhs.hasSiteLinks, rhs.hasIDs)
      && lhs.html == rhs.html
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(summary)
    hasher.combine(headingIDs)
  }
}

/// HTML made on first use and kept.
private final class DeferredHTML: Sendable {
  private let render: @Sendable () -> String
  private let made = Mutex<String?>(nil)

  init(_ render: @escaping @Sendable () -> String) {
    self.render = render
  }

  var html: String {
    made.withLock { made in
      if let made { return made }
      let html = render()
      made = html
      return html
    }
  }
}
