import Markdown

/// Turns the files of a content folder into a `Site`, collecting every problem on the way.
///
/// Order of work: `site.yml` and the `issue.md` headers first (they decide the issues'
/// numbers, so every page's address is known), then every other file on all cores, then
/// what needs all files at once: programs referenced, links and anchors, what is published.
public enum SiteAssembler {
  /// The site, or nil when there are errors; and every diagnostic, sorted.
  ///
  /// - Parameters:
  ///   - baseURL: replaces `site.yml`'s `base_url` when given.
  ///   - publishing: which drafts and future entries the site includes.
  public static func assemble(
    _ files: [SourceFile], directory: CountryDirectory = .standard, baseURL: String? = nil,
    publishing: PublishOptions = .everything
  ) -> (site: Site?, diagnostics: [Diagnostic]) {
    var diagnostics: [Diagnostic] = []

    var config: SiteConfig?
    if let configFile = files.first(where: { $0.path == "site.yml" }) {
      let (parsed, problems) = SiteConfigParser.parse(configFile, baseURL: baseURL, directory: directory)
      config = parsed
      diagnostics += problems
    } else {
      let folder = files.first.map { String($0.displayPath.dropLast($0.path.count)) } ?? ""
      diagnostics.append(
        Diagnostic(
          .error, path: folder + "site.yml", message: "missing site.yml: create it with at least 'title' and 'base_url'"))
    }

    let kinds = files.map { (file: $0, kind: ContentParser.kind(of: $0.path)) }
    let headers = readIssueHeaders(kinds, into: &diagnostics)
    var issueFolders: Set<String> = []
    var programFiles: Set<String> = []
    for (_, kind) in kinds {
      switch kind {
      case .issue(let folder): issueFolders.insert(folder)
      case .program(let slug): programFiles.insert(slug)
      default: break
      }
    }
    let context = ParseContext(
      options: config?.markdownOptions ?? .site, directory: directory, issues: headers, issueFolders: issueFolders,
      routes: routes(of: kinds, issues: headers), mentionFinder: CountryMentionFinder(directory: directory),
      homeCountry: config?.homeCountry)
    let results = files.parallelMap { ContentParser.parse($0, context: context) }

    var notes: [String: Fragment] = [:]
    var articlesByFolder: [String: [Article]] = [:]
    var publishedArticles: Set<String> = []
    var reports: [Report] = []
    var programs: [Program] = []
    var programReferences: [(file: SourceFile, reference: Located<String>)] = []
    var anchors: [String: (isPublished: Bool, ids: [String])] = [:]
    for (file, result) in zip(files, results) {
      diagnostics += result.diagnostics
      switch result.parsed {
      case .issueNote(let folder, let note):
        notes[folder] = note
        if let header = headers[folder] {
          anchors[file.path] = (publishing.publishes(date: header.date, isDraft: header.isDraft), note.headingIDs)
        }
      case .article(let folder, let article, let references, let isDraft):
        programReferences += references.map { (file, $0) }
        let isPublished = publishing.publishes(date: article.date, isDraft: isDraft)
        anchors[file.path] = (isPublished, article.body.headingIDs)
        articlesByFolder[folder, default: []].append(article)
        if isPublished { publishedArticles.insert(article.sourcePath) }
      case .report(let report, let references, let isDraft):
        programReferences += references.map { (file, $0) }
        let isPublished = publishing.publishes(date: report.date, isDraft: isDraft)
        anchors[file.path] = (isPublished, report.body.headingIDs)
        if isPublished { reports.append(report) }
      case .program(let program):
        programs.append(program)
        anchors[file.path] = (true, program.description.headingIDs)
      case .nothing:
        break
      }
    }

    let filesByPath = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    diagnostics += programProblems(
      programs, defined: programFiles, references: programReferences, files: filesByPath)
    diagnostics += linkProblems(results.flatMap(\.links), anchors: anchors)

    var issues: [Issue] = []
    for (folder, header) in headers.sorted(by: { $0.key < $1.key }) {
      let articles = (articlesByFolder[folder] ?? []).sorted { ($0.order, $0.slug) < ($1.order, $1.slug) }
      diagnostics += duplicateArticleProblems(articles, files: filesByPath)
      guard publishing.publishes(date: header.date, isDraft: header.isDraft) else { continue }
      issues.append(
        Issue(
          number: header.number, date: header.date, title: header.title, sections: header.sections.map(\.value),
          note: notes[folder] ?? .empty, articles: articles.filter { publishedArticles.contains($0.sourcePath) },
          sourcePath: "issues/\(folder)/issue.md"))
    }

    diagnostics.sort()
    guard let config, !diagnostics.contains(where: \.isError) else { return (nil, diagnostics) }
    return (Site(config: config, issues: issues, reports: reports, programs: programs), diagnostics)
  }

  /// The header of every `issue.md`, by folder; an error for each number used twice.
  private static func readIssueHeaders(
    _ files: [(file: SourceFile, kind: ContentParser.Kind)], into diagnostics: inout [Diagnostic]
  ) -> [String: IssueHeader] {
    var headers: [String: IssueHeader] = [:]
    var folderByNumber: [Int: String] = [:]
    for (file, kind) in files {
      guard case .issue(let folder) = kind else { continue }
      let (header, problems) = ContentParser.parseIssueHeader(file)
      diagnostics += problems
      guard let header else { continue }
      if let other = folderByNumber[header.number] {
        diagnostics.append(
          .error(
            "issue number \(header.number) is already used by issues/\(other)/issue.md: give each issue its own number",
            in: file, at: header.numberLocation))
        continue
      }
      folderByNumber[header.number] = folder
      headers[folder] = header
    }
    return headers
  }

  /// The page every content file becomes, known from paths and issue numbers alone.
  static func routes(
    of files: [(file: SourceFile, kind: ContentParser.Kind)], issues: [String: IssueHeader]
  ) -> [String: PagePath] {
    var routes: [String: PagePath] = [:]
    for (file, kind) in files {
      switch kind {
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

  /// An error for each program referenced but not defined (a program file with errors counts
  /// as defined: its own errors say what is wrong), a warning for each defined but never
  /// referenced.
  private static func programProblems(
    _ programs: [Program], defined slugs: Set<String>, references: [(file: SourceFile, reference: Located<String>)],
    files: [String: SourceFile]
  ) -> [Diagnostic] {
    var problems: [Diagnostic] = []
    for (file, reference) in references where !slugs.contains(reference.value) {
      var message = "unknown program '\(reference.value)'"
      if let match = closestMatch(to: reference.value, in: slugs.sorted()) {
        message += " (did you mean '\(match)'?)"
      } else {
        message += ": add programs/\(reference.value).md or use the slug of an existing program"
      }
      problems.append(.error(message, in: file, at: reference.location))
    }
    let referenced = Set(references.map(\.reference.value))
    for program in programs where !referenced.contains(program.slug) {
      guard let file = files[program.sourcePath] else { continue }
      problems.append(
        .warning("no article or report names the program '\(program.slug)': its page will list nothing", in: file))
    }
    return problems
  }

  /// An error for each link from a published page to a file that is missing or not
  /// published, or to an anchor that is not a heading of its target.
  private static func linkProblems(
    _ links: [SiteLink], anchors: [String: (isPublished: Bool, ids: [String])]
  ) -> [Diagnostic] {
    var problems: [Diagnostic] = []
    for link in links where anchors[link.file.path]?.isPublished != false {
      guard let target = anchors[link.targetPath] else {
        problems.append(
          .error(
            "link to '\(link.destination)', which is not a page of the site: check the file's path", in: link.file,
            at: link.location))
        continue
      }
      if !target.isPublished {
        problems.append(
          .error(
            "link to '\(link.destination)', which is a draft or scheduled for later: it has no page yet",
            in: link.file, at: link.location))
      } else if let fragment = link.fragment, !target.ids.contains(fragment) {
        var message = "link to '\(link.destination)': there is no heading '#\(fragment)' there"
        if let match = closestMatch(to: fragment, in: target.ids) {
          message += " (did you mean '#\(match)'?)"
        } else if !target.ids.isEmpty {
          let shown = target.ids.prefix(5).map { "#\($0)" }.joined(separator: ", ")
          message += "; its headings are " + shown + (target.ids.count > 5 ? ", …" : "")
        }
        problems.append(.error(message, in: link.file, at: link.location))
      }
    }
    return problems
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
