import GazetteCore

/// One article: where it appeared, what it is tagged with, its text, its source, and the
/// articles before and after it in the issue.
public func makeArticlePage(_ article: Article, in issue: Issue, site: Site) -> HTML {
  let context = PageContext(config: site.config, page: article.page)
  let index = issue.articles.firstIndex { $0.slug == article.slug } ?? 0
  let previous = index > 0 ? issue.articles[index - 1] : nil
  let next = index + 1 < issue.articles.count ? issue.articles[index + 1] : nil
  var pager: [HTML] = []
  if let previous {
    pager.append("<li class=\"previous\"><a href=\"\(context.link(to: previous.page))\" rel=\"prev\"><span>Previous article</span> \(previous.title)</a></li>\n")
  }
  if let next {
    pager.append("<li class=\"next\"><a href=\"\(context.link(to: next.page))\" rel=\"next\"><span>Next article</span> \(next.title)</a></li>\n")
  }
  let description = shortened(article.body.summary, limit: 200)
  let main: HTML = """
    <article class="article" data-pagefind-body>
    <header class="article-header">
    <p class="kicker" data-pagefind-meta="issue:No. \(String(issue.number))"><a href="\(context.link(to: issue.page))">No. \(String(issue.number))</a> · \(article.section)</p>
    <h1>\(article.title)</h1>
    <p class="article-meta">\(makeTime(article.date, isSearchDate: true))</p>
    \(makeTags(countries: article.countries, programs: article.programs, site: site, context: context))\
    </header>
    <div class="prose">
    \(article.body.html(rootPrefix: context.rootPrefix))</div>
    \(makeSourceLine(article))\
    </article>
    \(pager.isEmpty ? HTML.empty : "<nav class=\"pager\" aria-label=\"More from this issue\">\n<ul>\n\(pager)</ul>\n</nav>\n")
    """
  return makeLayout(
    title: article.title, description: description, context: context, kind: .reading,
    breadcrumbs: [Breadcrumb("Home", .home), Breadcrumb("Issues", .issues), Breadcrumb("No. \(issue.number)", issue.page)],
    edition: issue, structuredData: SchemaOrg.article(article, in: issue, description: description, config: site.config),
    main: main)
}
