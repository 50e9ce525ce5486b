import GazetteCore

/// One step of a page's breadcrumb trail.
public struct Breadcrumb: Sendable {
  public var title: String
  public var page: PagePath

  public init(_ title: String, _ page: PagePath) {
    self.title = title
    self.page = page
  }
}

/// A feed a page points readers to.
public struct FeedLink: Sendable {
  public var title: String
  public var path: String

  public init(title: String, path: String) {
    self.title = title
    self.path = path
  }
}

/// What a page is, for Open Graph (`og:type`) and for how wide its column is.
enum PageKind {
  /// A page of lists (home, archives, indices): the wide column.
  case index
  /// A page to read (an article, a report, an issue): the reading measure.
  case reading
  /// Anything else, at the reading measure.
  case other

  var openGraphType: String { self == .reading ? "article" : "website" }
}

/// The frame every page shares: head (metadata, Open Graph, structured data, feeds,
/// favicon), masthead with navigation, breadcrumbs and footer.
///
/// - Parameters:
///   - edition: the issue the page belongs to; the masthead shows its number and date.
///   - structuredData: schema.org JSON-LD for the page.
///   - scripts: files of the site loaded with `defer`; core content never needs them.
func makeLayout(
  title: String, description: String, context: PageContext, kind: PageKind = .other,
  breadcrumbs: [Breadcrumb] = [], feeds: [FeedLink] = [], edition: Issue? = nil,
  structuredData: JSON? = nil, scripts: [String] = [], main: HTML
) -> HTML {
  let config = context.config
  let fullTitle = title == config.title ? title : "\(title) · \(config.title)"
  let description = description.isEmpty ? config.description : description
  let allFeeds = feeds + [FeedLink(title: config.title, path: "feed.xml")]
  let feedLinks: [HTML] = allFeeds.map {
    "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"\($0.title)\" href=\"\(context.link(toFile: $0.path))\">\n"
  }
  let isNotFound = context.page == PagePath.notFound
  var head: HTML = """
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(fullTitle)</title>
    <meta name="description" content="\(description)">
    <meta name="color-scheme" content="light dark">

    """
  if !isNotFound {
    head.append(
      """
      <link rel="canonical" href="\(context.canonicalURL)">
      <meta property="og:title" content="\(title)">
      <meta property="og:description" content="\(description)">
      <meta property="og:type" content="\(kind.openGraphType)">
      <meta property="og:url" content="\(context.canonicalURL)">
      <meta property="og:site_name" content="\(config.title)">

      """)
  }
  head.append(
    """
    <link rel="icon" href="\(context.link(toFile: faviconPath))" type="image/svg+xml">
    <link rel="stylesheet" href="\(context.link(toFile: stylesheetPath))">
    \(feedLinks)
    """)
  if let structuredData { head.append(makeStructuredData(structuredData)) }
  let homeCurrent: HTML = context.page == PagePath.home ? " aria-current=\"page\"" : ""
  let scriptTags: [HTML] = scripts.map { "<script src=\"\(context.link(toFile: $0))\" defer></script>\n" }
  head.append(scriptTags.joined())

  let body: HTML = """
    <a class="skip-link" href="#main">Skip to content</a>
    <header class="masthead">
    <p class="site-title"><a href="\(context.link(to: .home))"\(homeCurrent)>\(config.title)</a></p>
    \(config.subtitle.isEmpty ? HTML.empty : "<p class=\"site-subtitle\">\(config.subtitle)</p>\n")\
    \(edition.map { makeDateline($0, context: context) } ?? .empty)\
    <nav class="site-nav" aria-label="Sections of the site">
    <ul>
    \(navigationItem("Issues", .issues, context))\
    \(navigationItem("Reports", .reports, context))\
    \(navigationItem("Countries", .countries, context))\
    \(navigationItem("Programs", .programs, context))\
    \(navigationItem("Search", .search, context))\
    </ul>
    </nav>
    </header>
    \(makeBreadcrumbs(breadcrumbs, title: title, context: context))\
    <main id="main" class="\(kind == .index ? "wide" : "measure")">
    \(main)
    </main>
    <footer class="site-footer">
    <p>\(config.publisher.isEmpty ? config.title : config.publisher)</p>
    <ul class="footer-links">
    <li><a href="\(context.link(toFile: "feed.xml"))">Atom feed</a></li>
    <li><a href="\(context.link(to: .issues))">All issues</a></li>
    <li><a href="\(context.link(to: .search))">Search</a></li>
    </ul>
    </footer>

    """
  return """
    <!DOCTYPE html>
    <html lang="\(config.language)">
    <head>
    \(head)</head>
    <body>
    \(markingLanguageOfParts(body, pageLanguage: config.language))</body>
    </html>

    """
}

/// Where the stylesheet and the favicon are written.
public let stylesheetPath = "assets/style.css"
public let faviconPath = "assets/favicon.svg"

/// "No. 23 · 15 December 2017" under the newsletter's name, as on a printed front page.
private func makeDateline(_ issue: Issue, context: PageContext) -> HTML {
  let number: HTML =
    context.page == issue.page
    ? "No. \(String(issue.number))" : "<a href=\"\(context.link(to: issue.page))\">No. \(String(issue.number))</a>"
  return "<p class=\"dateline\">\(number) · \(makeTime(issue.date))</p>\n"
}

private func navigationItem(_ title: String, _ target: PagePath, _ context: PageContext) -> HTML {
  let current: HTML =
    context.page == target
    ? " aria-current=\"page\"" : context.page.folder.hasPrefix(target.folder) ? " aria-current=\"true\"" : ""
  return "<li><a href=\"\(context.link(to: target))\"\(current)>\(title)</a></li>\n"
}

private func makeBreadcrumbs(_ crumbs: [Breadcrumb], title: String, context: PageContext) -> HTML {
  guard !crumbs.isEmpty else { return .empty }
  let links: [HTML] = crumbs.map { "<li><a href=\"\(context.link(to: $0.page))\">\($0.title)</a></li>" }
  return """
    <nav class="breadcrumbs" aria-label="Breadcrumb">
    <ol>\(links)<li aria-current="page">\(title)</li></ol>
    </nav>

    """
}
