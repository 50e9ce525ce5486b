import GazetteCore

/// Where a page is being rendered: the site and the page's own place, so that every link
/// can be written relative to it.
public struct PageContext: Sendable {
  public let config: SiteConfig
  /// The page being rendered.
  public let page: PagePath
  /// How links reach the site's root: `../../` for relative pages, the base URL's path for
  /// pages served at any address (the 404 page).
  public let rootPrefix: String

  public init(config: SiteConfig, page: PagePath) {
    self.config = config
    self.page = page
    self.rootPrefix = page.rootPrefix
  }

  /// A context whose links start from the site's base path, for a page that may be served
  /// at any address.
  public init(config: SiteConfig, page: PagePath, rootPrefix: String) {
    self.config = config
    self.page = page
    self.rootPrefix = rootPrefix
  }

  /// The link from this page to `target`, ending in `index.html` so that it also works
  /// from `file://`.
  public func link(to target: PagePath) -> String {
    rootPrefix + target.file
  }

  /// The link from this page to a file of the site, such as `assets/style.css`.
  public func link(toFile path: String) -> String {
    rootPrefix + path
  }

  /// The absolute address of this page.
  public var canonicalURL: String { config.absoluteURL(page.folder) }
}
