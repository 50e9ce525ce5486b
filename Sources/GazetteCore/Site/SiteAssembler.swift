import Markdown

/// Turns the files of a content folder into a `Site`, collecting every problem on the way.
///
/// Order of work: `site.yml` and the `issue.md` headers first (they decide the issues'
/// numbers, so every page's address is known), then every other file on all cores, then
/// the links between them.
public enum SiteAssembler {
  /// The site, or nil when there are errors; and every diagnostic, sorted.
  ///
  /// - Parameter baseURL: replaces `site.yml`'s `base_url` when given.
  public static func assemble(
    _ files: [SourceFile], directory: CountryDirectory = .standard, baseURL: String? = nil
  ) -> (site: Site?, diagnostics: [Diagnostic]) {
    var diagnostics: [Diagnostic] = []

    var config: SiteConfig?
    if let configFile = files.first(where: { $0.path == "site.yml" }) {
      let (parsed, problems) = SiteConfigParser.parse(configFile, baseURL: baseURL)
      config = parsed
      diagnostics += problems
    } else {
      let folder = files.first.map { String($0.displayPath.dropLast($0.path.count)) } ?? ""
      diagnostics.append(
        Diagnostic(.error, path: folder + "site.yml", message: "missing site.yml: create it with at least 'title' and 'base_url'"))
    }

    var headers: [String: IssueHeader] = [:]
    var folderByNumber: [Int: String] = [:]
    for file in files {
      guard case .issue(let folder) = ContentParser.kind(of: file.path) else { continue }
      let (header, problems) = ContentParser.parseIssueHeader(file)
      diagnostics += problems
      guard let header else { continue }
      if let other = folderByNumber[header.number] {
        diagnostics.append(
          .error(
            "issue number \(header.number) is already used by issues/\(other)/issue.md", in: file,
            at: header.numberLocation))
        continue
      }
      folderByNumber[header.number] = folder
      headers[folder] = header
    }

    let context = ParseContext(
      options: config?.markdownOptions ?? .site, directory: directory, issues: headers,
      routes: routes(of: files, issues: headers))
    let results = files.parallelMap { ContentParser.parse($0, context: context) }

    var notes: [String: Fragment] = [:]
    var articlesByFolder: [String: [Article]] = [:]
    var reports: [Report] = []
    var programs: [Program] = []
    var programReferences: [(file: SourceFile, reference: Located<String>)] = []
    for (file, (parsed, problems)) in zip(files, results) {
      diagnostics += problems
      switch parsed {
      case .issueNote(let folder, let note):
        notes[folder] = note
      case .article(let folder, let article, let references):
        articlesByFolder[folder, default: []].append(article)
        programReferences += references.map { (file, $0) }
      case .report(let report, let references):
        reports.append(report)
        programReferences += references.map { (file, $0) }
      case .program(let program):
        programs.append(program)
      case .nothing:
        break
      }
    }

    let programSlugs = Set(programs.map(\.slug))
    for (file, reference) in programReferences where !programSlugs.contains(reference.value) {
      var message = "unknown program '\(reference.value)'"
      if let match = closestMatch(to: reference.value, in: programSlugs.sorted()) {
        message += " (did you mean '\(match)'?)"
      } else {
        message += ": add programs/\(reference.value).md or use the slug of an existing program"
      }
      diagnostics.append(.error(message, in: file, at: reference.location))
    }

    let filesByPath = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    var issues: [Issue] = []
    for (folder, header) in headers.sorted(by: { $0.key < $1.key }) {
      let articles = (articlesByFolder[folder] ?? []).sorted { ($0.order, $0.slug) < ($1.order, $1.slug) }
      diagnostics += duplicateArticleProblems(articles, files: filesByPath)
      issues.append(
        Issue(
          number: header.number, date: header.date, title: header.title, sections: header.sections.map(\.value),
          note: notes[folder] ?? .empty, articles: articles, sourcePath: "issues/\(folder)/issue.md"))
    }

    diagnostics.sort()
    guard let config, !diagnostics.contains(where: \.isError) else { return (nil, diagnostics) }
    return (Site(config: config, issues: issues, reports: reports, programs: programs), diagnostics)
  }

  /// The page every content file becomes, known from paths and issue numbers alone.
  static func routes(of files: [SourceFile], issues: [String: IssueHeader]) -> [String: PagePath] {
    var routes: [String: PagePath] = ["site.yml": .home]
    for file in files {
      switch ContentParser.kind(of: file.path) {
      case .issue(let folder):
        if let header = issues[folder] { routes[file.path] = .issue(header.number) }
      case .article(let folder, _, let slug):
        if let header = issues[folder] { routes[file.path] = .article(issue: header.number, slug: slug) }
      case .report(let slug):
        routes[file.path] = .report(slug)
      case .program(let slug):
        routes[file.path] = .program(slug)
      case .config, .unknown:
        break
      }
    }
    return routes
  }

  /// Two articles of one issue with the same number or the same page.
  private static func duplicateArticleProblems(_ articles: [Article], files: [String: SourceFile]) -> [Diagnostic] {
    var problems: [Diagnostic] = []
    var seenOrders: [Int: String] = [:]
    var seenSlugs: [String: String] = [:]
    for article in articles {
      guard let file = files[article.sourcePath] else { continue }
      if let other = seenOrders[article.order] {
        problems.append(
          .error("article number \(article.order) is already used by \(other): renumber one of them", in: file))
      }
      if let other = seenSlugs[article.slug] {
        problems.append(
          .error("this article would write the same page as \(other): rename one of them", in: file))
      }
      seenOrders[article.order] = article.sourcePath
      seenSlugs[article.slug] = article.sourcePath
    }
    return problems
  }
}
