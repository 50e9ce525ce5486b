import GazetteCore

/// Every issue, grouped by year, newest first.
public func makeIssueArchivePage(site: Site) -> HTML {
  let context = PageContext(config: site.config, page: .issues)
  var groups: [(year: Int, issues: [Issue])] = []
  for issue in site.issues {
    if groups.last?.year == issue.date.year {
      groups[groups.count - 1].issues.append(issue)
    } else {
      groups.append((issue.date.year, [issue]))
    }
  }
  let sections: [HTML] = groups.map { group in
    let items: [HTML] = group.issues.map { issue in
      """
      <li class="entry">
      <h3 class="entry-title"><a href="\(context.link(to: issue.page))">No. \(String(issue.number))</a></h3>
      <p class="entry-meta">\(makeTime(issue.date)) · \(counted(issue.articles.count, "article", "articles"))</p>
      \(makeSummary(issue.note.summary, limit: 200))</li>

      """
    }
    return """
      <section aria-labelledby="year-\(String(group.year))">
      <h2 id="year-\(String(group.year))">\(String(group.year))</h2>
      <ul class="entries">
      \(items)</ul>
      </section>

      """
  }
  let main: HTML = """
    <h1>Issues</h1>
    \(sections)
    """
  return makeLayout(
    title: "Issues", description: "Every issue of \(site.config.title).", context: context,
    breadcrumbs: [Breadcrumb("Home", .home)], main: main)
}

/// One issue: its contents by section, then every article in full, like the printed edition.
///
/// Only the issue's own header and editor's note go into the search index: the articles
/// have their own pages, which searches find.
public func makeIssuePage(_ issue: Issue, site: Site) -> HTML {
  let context = PageContext(config: site.config, page: issue.page)
  let bySection = issue.articlesBySection
  let contents: [HTML] = bySection.map { group in
    let items: [HTML] = group.articles.map { "<li><a href=\"#\($0.slug)\">\($0.title)</a></li>\n" }
    return """
      <li>\(group.section)
      <ol>
      \(items)</ol>
      </li>

      """
  }
  let sections: [HTML] = bySection.enumerated().map { index, group in
    let articles: [HTML] = group.articles.map { article in
      """
      <article class="issue-article" id="\(article.slug)" aria-labelledby="\(article.slug)-title">
      <h3 id="\(article.slug)-title"><a href="\(context.link(to: article.page))">\(article.title)</a></h3>
      \(makeTags(countries: article.countries, programs: article.programs, site: site, context: context))\
      <div class="prose">
      \(article.body.html(rootPrefix: context.rootPrefix, idPrefix: article.slug + "-"))</div>
      \(makeSourceLine(article))\
      </article>

      """
    }
    return """
      <section class="issue-section" aria-labelledby="section-\(String(index + 1))">
      <h2 id="section-\(String(index + 1))">\(group.section)</h2>
      \(articles)</section>

      """
  }
  let main: HTML = """
    <div class="issue" data-pagefind-body>
    <header class="issue-header">
    <h1>\(issue.title)</h1>
    <p class="issue-meta">\(makeTime(issue.date, isSearchDate: true)) · \(counted(issue.articles.count, "article", "articles")) in \(counted(bySection.count, "section", "sections"))</p>
    </header>
    \(issue.note.isEmpty ? HTML.empty : "<div class=\"prose editor-note\">\n\(issue.note.html(rootPrefix: context.rootPrefix, idPrefix: "note-"))</div>\n")\
    <div data-pagefind-ignore="all">
    <nav class="toc" aria-labelledby="toc-heading">
    <h2 id="toc-heading">In this issue</h2>
    <ol>
    \(contents)</ol>
    </nav>
    \(sections)</div>
    </div>
    """
  return makeLayout(
    title: "No. \(issue.number)", description: "\(issue.title), \(issue.date.longText).", context: context,
    kind: .reading, breadcrumbs: [Breadcrumb("Home", .home), Breadcrumb("Issues", .issues)], edition: issue,
    structuredData: SchemaOrg.issue(issue, config: site.config), main: main)
}

/// "Source: Ministry of Science and Technology, 1 December 2017".
func makeSourceLine(_ article: Article) -> HTML {
  switch (article.source, article.sourceDate) {
  case (let source?, let date?): "<p class=\"source\">Source: \(source), \(makeTime(date))</p>\n"
  case (let source?, nil): "<p class=\"source\">Source: \(source)</p>\n"
  case (nil, let date?): "<p class=\"source\">Source date: \(makeTime(date))</p>\n"
  case (nil, nil): .empty
  }
}

extension Fragment {
  var isEmpty: Bool { html.allSatisfy(\.isWhitespace) }
}
