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

/// The frame every page shares: head, masthead, navigation, breadcrumbs and footer.
func makeLayout(
  title: String, description: String, context: PageContext, breadcrumbs: [Breadcrumb] = [],
  feeds: [FeedLink] = [], main: HTML
) -> HTML {
  let config = context.config
  let fullTitle = title == config.title ? title : "\(title) · \(config.title)"
  let allFeeds = feeds + [FeedLink(title: config.title, path: "feed.xml")]
  let feedLinks: [HTML] = allFeeds.map {
    "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"\($0.title)\" href=\"\(context.link(toFile: $0.path))\">\n"
  }
  return """
    <!DOCTYPE html>
    <html lang="\(config.language)">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(fullTitle)</title>
    <meta name="description" content="\(description.isEmpty ? config.description : description)">
    \(context.page == PagePath.notFound ? HTML.empty : "<link rel=\"canonical\" href=\"\(context.canonicalURL)\">\n")\
    <link rel="stylesheet" href="\(context.link(toFile: "assets/style.css"))">
    \(feedLinks)</head>
    <body>
    <a class="skip-link" href="#main">Skip to content</a>
    <header class="masthead">
    <p class="site-title"><a href="\(context.link(to: .home))">\(config.title)</a></p>
    \(config.subtitle.isEmpty ? HTML.empty : "<p class=\"site-subtitle\">\(config.subtitle)</p>\n")\
    <nav class="site-nav" aria-label="Sections of the site">
    <ul>
    \(navigationItem("Issues", .issues, context))\
    \(navigationItem("Reports", .reports, context))\
    \(navigationItem("Countries", .countries, context))\
    \(navigationItem("Programs", .programs, context))\
    </ul>
    </nav>
    </header>
    \(makeBreadcrumbs(breadcrumbs, title: title, context: context))\
    <main id="main">
    \(main)
    </main>
    <footer class="site-footer">
    <p>\(config.publisher.isEmpty ? config.title : config.publisher)</p>
    <p><a href="\(context.link(toFile: "feed.xml"))">Atom feed</a> · <a href="\(context.link(to: .issues))">All issues</a></p>
    </footer>
    </body>
    </html>

    """
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
