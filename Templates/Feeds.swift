import GazetteCore

/// How many of the newest entries a feed shows.
public let feedEntryLimit = 50

/// An Atom feed of `entries` (at most `limit`, newest first).
///
/// - Parameters:
///   - path: the feed's own path in the site (`countries/gb/feed.xml`).
///   - page: the page the feed belongs to.
public func makeAtomFeed(
  title: String, path: String, page: PagePath, entries: [Entry], config: SiteConfig, limit: Int = feedEntryLimit
) -> HTML {
  let shown = entries.prefix(limit)
  let updated = shown.map(\.date).max() ?? Day(year: 2000, month: 1, day: 1)!
  let items: [HTML] = shown.map { entry in
    let url = config.absoluteURL(entry.page.folder)
    return """
      <entry>
      <title>\(entry.title)</title>
      <link rel="alternate" type="text/html" href="\(url)"/>
      <id>\(url)</id>
      <updated>\(entry.date.timestamp)</updated>
      <summary>\(entry.summary)</summary>
      </entry>

      """
  }
  let author = config.publisher.isEmpty ? config.title : config.publisher
  return """
    <?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(config.language)">
    <title>\(title)</title>
    <link rel="self" type="application/atom+xml" href="\(config.absoluteURL(path))"/>
    <link rel="alternate" type="text/html" href="\(config.absoluteURL(page.folder))"/>
    <id>\(config.absoluteURL(path))</id>
    <updated>\(updated.timestamp)</updated>
    <author><name>\(author)</name></author>
    \(items)</feed>

    """
}

/// A page listed in the sitemap.
public struct SitemapURL: Sendable {
  public var page: PagePath
  public var lastModified: Day?

  public init(page: PagePath, lastModified: Day?) {
    self.page = page
    self.lastModified = lastModified
  }
}

/// `sitemap.xml` with the absolute address of every page.
public func makeSitemap(_ urls: [SitemapURL], config: SiteConfig) -> HTML {
  let items: [HTML] = urls.map { url in
    let lastModified: HTML = url.lastModified.map { "<lastmod>\($0.description)</lastmod>" } ?? .empty
    return "<url><loc>\(config.absoluteURL(url.page.folder))</loc>\(lastModified)</url>\n"
  }
  return """
    <?xml version="1.0" encoding="utf-8"?>
    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    \(items)</urlset>

    """
}

/// `robots.txt`: everything may be crawled; the sitemap is named.
public func makeRobots(config: SiteConfig) -> String {
  "User-agent: *\nAllow: /\nSitemap: \(config.absoluteURL("sitemap.xml"))\n"
}
