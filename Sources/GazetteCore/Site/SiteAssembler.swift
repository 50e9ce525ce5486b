import Markdown

/// Turns the files of a content folder into a `Site`, collecting every problem on the way.
///
/// Order of work: `site.yml` and the `issue.md` headers first (they decide the issues'
/// numbers, so every page's address is known), then every other file on all cores, then
/// what needs all files at once: programs referenced, links and anchors, what is published.
public enum SiteAssembler {
  /// The site made of `files`, all in memory, or nil when there are errors; and every
  /// diagnostic, sorted.
  ///
  /// - Parameters:
  ///   - baseURL: replaces `site.yml`'s `base_url` when given.
  ///   - publishing: which drafts and future entries the site includes.
  public static func assemble(
    _ files: [SourceFile], directory: CountryDirectory = .standard, baseURL: String? = nil,
    publishing: PublishOptions = .everything
  ) -> (site: Site?, diagnostics: [Diagnostic]) {
    var cache = ParseCache(version: "")
    return assemble(
      files.map(ContentEntry.init), cache: &cache, directory: directory, baseURL: baseURL, publishing: publishing)
  }

  /// The site made of the files `entries` list, reading and parsing only those that `cache`
  /// cannot answer for; `cache` then holds this build's parses.
  public static func assemble(
    _ entries: [ContentEntry], cache: inout ParseCache, directory: CountryDirectory = .standard,
    baseURL: String? = nil, publishing: PublishOptions = .everything, progress: BuildProgress? = nil
  ) -> (site: Site?, diagnostics: [Diagnostic]) {
    var diagnostics: [Diagnostic] = []

    var config: SiteConfig?
    var configText: String?
    if let entry = entries.first(where: { $0.path == "site.yml" }) {
      let (file, problems) = entry.read()
      diagnostics += problems
      if let file {
        let (parsed, problems) = SiteConfigParser.parse(file, baseURL: baseURL, directory: directory)
        config = parsed
        configText = file.text
        diagnostics += problems
      }
    } else {
      let folder = entries.first.map { String($0.displayPath.dropLast($0.path.count)) } ?? ""
      diagnostics.append(
        Diagnostic(
          .error, path: folder + "site.yml", message: "missing site.yml: create it with at least 'title' and 'base_url'"))
    }
    cache.prepare(configText: configText)

    let kinds = entries.map { (entry: $0, kind: ContentParser.kind(of: $0.path)) }
    var issueFolders: Set<String> = []
    var issueStamps: [String: FileStamp] = [:]
    // Issues whose issue.md has no stamp (changed a moment ago): their files are parsed again.
    var unstampedIssues: Set<String> = []
    var programFiles: Set<String> = []
    for (entry, kind) in kinds {
      switch kind {
      case .issue(let folder):
        issueFolders.insert(folder)
        if let stamp = entry.stamp { issueStamps[folder] = stamp } else { unstampedIssues.insert(folder) }
      case .program(let slug): programFiles.insert(slug)
      default: break
      }
    }
    var readFiles: [String: SourceFile] = [:]
    let headers = readIssueHeaders(kinds, cache: &cache, readFiles: &readFiles, into: &diagnostics)
    let context = ParseContext(
      options: config?.markdownOptions ?? .site, directory: directory, issues: headers, issueFolders: issueFolders,
      routes: routes(of: kinds.map { ($0.entry.path, $0.kind) }, issues: headers),
      mentionFinder: CountryMentionFinder(directory: directory), homeCountry: config?.homeCountry)
    cache.context = context

    // Reuse what the cache still answers for; read and parse the rest on all cores. The
    // parses stay in the order of `kinds`, which is the order of paths.
    var parses: [CachedParse?] = []
    parses.reserveCapacity(kinds.count)
    var stale: [(index: Int, entry: ContentEntry, kind: ContentParser.Kind, issueStamp: FileStamp?)] = []
    for (entry, kind) in kinds where kind != .config {
      let issueStamp = kind.issueFolder.flatMap { issueStamps[$0] }
      if let cached = cache.parses[entry.path], !unstampedIssues.contains(kind.issueFolder ?? ""),
        cached.isValid(stamp: entry.stamp, issueStamp: issueStamp, routes: context.routes)
      {
        parses.append(cached.renderingBody(from: entry, kind: kind, context: context))
      } else {
        stale.append((parses.count, entry, kind, issueStamp))
        parses.append(nil)
      }
    }
    let sharedFiles = readFiles
    progress?.willParse(stale.count)
    let fresh = stale.parallelMap { _, entry, kind, issueStamp -> (CachedParse?, [Diagnostic]) in
      defer { progress?.didParseOne() }
      let (file, problems) = sharedFiles[entry.path].map { ($0, []) } ?? entry.read()
      guard let file else { return (nil, problems) }
      let result = ContentParser.parse(file, kind: kind, context: context)
      let header = kind.issueFolder.flatMap { headers[$0] }
      return (CachedParse(stamp: entry.stamp, issueStamp: issueStamp, result: result, header: header), problems)
    }
    cache.parsedCount = stale.count
    for ((index, entry, _, _), (parse, problems)) in zip(stale, fresh) {
      diagnostics += problems
      parses[index] = parse
      cache.parses[entry.path] = parse
      cache.changedFolders.insert(ParseCache.folder(of: entry.path))
    }
    let results = zip(kinds.lazy.filter { $0.kind != .config }, parses).compactMap { file, parse in
      parse.map { (path: file.entry.path, parse: $0) }
    }
    // Files gone since the last build.
    if cache.parses.count > results.count {
      let paths = Set(results.map(\.path))
      for path in cache.parses.keys where !paths.contains(path) {
        cache.parses[path] = nil
        cache.changedFolders.insert(ParseCache.folder(of: path))
      }
    }
    var (parts, problems) = link(
      results, headers: headers, programFiles: programFiles, displayPaths: DisplayPaths(entries),
      publishing: publishing)
    var configDigest = StableHash()
    configDigest.combine(configText ?? "")
    configDigest.combine(baseURL ?? "")
    parts.digests["site.yml"] = SourceDigest(full: configDigest.value, listing: configDigest.value)
    diagnostics += problems
    diagnostics.sort()
    guard let config, !diagnostics.contains(where: \.isError) else { return (nil, diagnostics) }
    let site = Site(
      config: config, issues: parts.issues, reports: parts.reports, programs: parts.programs,
      sourceDigests: parts.digests)
    return (site, diagnostics)
  }

  /// What edits to articles and reports that left them in place did (see `applyEdits`).
  public struct Edits: Sendable {
    /// The edited articles and reports, as they are now.
    public var entries: [Entry] = []
    /// The same, as they were before.
    public var replaced: [Entry] = []
    /// Whether the edits changed nothing but the HTML of bodies (text below the first
    /// paragraph, say): then only the pages that show the bodies changed.
    public var changedOnlyBodies = true
  }

  /// Applies to `site` and its sorted `diagnostics` edits to articles and reports (the files
  /// `entries` list) that left each where it was: the same date, issue, number, draft
  /// state, countries, programs, heading ids and links; its title, summary and text may
  /// differ. Done in place, without assembling the site again. Nil, with nothing changed,
  /// when an edit did more, found an error, or is to another kind of file or one `site`
  /// does not show: then the site must be assembled again.
  public static func applyEdits(
    _ entries: [ContentEntry], to site: inout Site, diagnostics: inout [Diagnostic], cache: inout ParseCache
  ) -> Edits? {
    guard let context = cache.context else { return nil }
    // Every edit is checked before any is applied.
    var checked: [(entry: ContentEntry, parse: CachedParse, edited: Entry, listingChanged: Bool)] = []
    for entry in entries {
      let kind = ContentParser.kind(of: entry.path)
      switch kind {
      case .article, .report: break
      default: return nil
      }
      let (file, problems) = entry.read()
      guard let old = cache.parses[entry.path], let file, problems.isEmpty else { return nil }
      let header = kind.issueFolder.flatMap { context.issues[$0] }
      let parse = CachedParse(
        stamp: entry.stamp, issueStamp: old.issueStamp, result: ContentParser.parse(file, kind: kind, context: context),
        header: header)
      let listingChanged = parse.digest.listing != old.digest.listing
      guard !listingChanged || parse.result.keepsPlaces(of: old.result), let edited = parse.result.parsed.entry,
        site.contains(edited)
      else { return nil }
      checked.append((entry, parse, edited, listingChanged))
    }
    var edits = Edits()
    for (entry, parse, edited, listingChanged) in checked {
      if let old = site.replace(with: edited, digest: parse.digest) { edits.replaced.append(old) }
      edits.entries.append(edited)
      if listingChanged {
        edits.changedOnlyBodies = false
        // A file's own problems are those its parse found (the site's checks find none in a
        // site without errors whose places are unchanged), a run of the list sorted by path.
        // Replaced only when they changed: the list is then not copied, and stays the
        // same array for a quick comparison with the last build's.
        let run = diagnostics.range(ofPath: entry.displayPath)
        let problems = parse.result.diagnostics.sorted()
        if !diagnostics[run].elementsEqual(problems) { diagnostics.replaceSubrange(run, with: problems) }
      }
      cache.parses[entry.path] = parse
      cache.changedFolders.insert(ParseCache.folder(of: entry.path))
    }
    cache.parsedCount = checked.count
    return edits
  }

  /// What `link` makes of every file's parse: the site's parts and what each file became.
  private struct Parts {
    var issues: [Issue] = []
    var reports: [Report] = []
    var programs: [Program] = []
    var digests: [String: SourceDigest] = [:]
  }

  /// Puts the parsed files together and checks what needs all of them at once: programs
  /// referenced, links and anchors, articles numbered twice, what is published.
  private static func link(
    _ parses: [(path: String, parse: CachedParse)], headers: [String: IssueHeader], programFiles: Set<String>,
    displayPaths: DisplayPaths, publishing: PublishOptions
  ) -> (Parts, [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    var parts = Parts()
    var notes: [String: Fragment] = [:]
    var articlesByFolder: [String: [Article]] = [:]
    var publishedArticles: Set<String> = []
    var programReferences: [ProgramReference] = []
    var anchors: [String: (isPublished: Bool, ids: [String])] = [:]
    for (path, parse) in parses {
      let result = parse.result
      diagnostics += result.diagnostics
      parts.digests[path] = parse.digest
      switch result.parsed {
      case .issueNote(let folder, let note):
        notes[folder] = note
        if let header = headers[folder] {
          anchors[path] = (publishing.publishes(date: header.date, isDraft: header.isDraft), note.headingIDs)
        }
      case .article(let folder, let article, let references, let isDraft):
        programReferences += references
        let isPublished = publishing.publishes(date: article.date, isDraft: isDraft)
        anchors[path] = (isPublished, article.body.headingIDs)
        articlesByFolder[folder, default: []].append(article)
        if isPublished { publishedArticles.insert(article.sourcePath) }
      case .report(let report, let references, let isDraft):
        programReferences += references
        let isPublished = publishing.publishes(date: report.date, isDraft: isDraft)
        anchors[path] = (isPublished, report.body.headingIDs)
        if isPublished { parts.reports.append(report) }
      case .program(let program):
        parts.programs.append(program)
        anchors[path] = (true, program.description.headingIDs)
      case .nothing:
        break
      }
    }

    diagnostics += programProblems(
      parts.programs, defined: programFiles, references: programReferences, displayPaths: displayPaths)
    diagnostics += linkProblems(parses.flatMap(\.parse.result.links), anchors: anchors)

    for (folder, header) in headers.sorted(by: { $0.key < $1.key }) {
      let articles = (articlesByFolder[folder] ?? []).sorted { ($0.order, $0.slug) < ($1.order, $1.slug) }
      diagnostics += duplicateArticleProblems(articles, displayPaths: displayPaths)
      guard publishing.publishes(date: header.date, isDraft: header.isDraft) else { continue }
      parts.issues.append(
        Issue(
          number: header.number, date: header.date, title: header.title, sections: header.sections.map(\.value),
          note: notes[folder] ?? .empty, articles: articles.filter { publishedArticles.contains($0.sourcePath) },
          sourcePath: "issues/\(folder)/issue.md"))
    }
    return (parts, diagnostics)
  }

  /// The header of every `issue.md`, by folder, from the cache when the file is unchanged;
  /// an error for each number used twice.
  private static func readIssueHeaders(
    _ files: [(entry: ContentEntry, kind: ContentParser.Kind)], cache: inout ParseCache,
    readFiles: inout [String: SourceFile], into diagnostics: inout [Diagnostic]
  ) -> [String: IssueHeader] {
    var headers: [String: IssueHeader] = [:]
    var folderByNumber: [Int: String] = [:]
    var cachedHeaders: [String: CachedHeader] = [:]
    let issues = files.compactMap { entry, kind -> (entry: ContentEntry, folder: String, cached: CachedHeader?)? in
      guard case .issue(let folder) = kind else { return nil }
      let cached = cache.headers[entry.path]
      return (entry, folder, entry.stamp != nil && cached?.stamp == entry.stamp ? cached : nil)
    }
    // The files the cache cannot answer for, read and parsed on all cores.
    let reads = issues.parallelMap { entry, _, cached -> (SourceFile?, CachedHeader?, [Diagnostic])? in
      guard cached == nil else { return nil }
      let (file, problems) = entry.read()
      guard let file else { return (nil, nil, problems) }
      let (header, headerProblems) = ContentParser.parseIssueHeader(file)
      return (file, CachedHeader(stamp: entry.stamp, header: header, diagnostics: headerProblems), problems)
    }
    for ((entry, folder, cached), read) in zip(issues, reads) {
      var cached = cached
      if let (file, header, problems) = read {
        diagnostics += problems
        readFiles[entry.path] = file
        cached = header
        cache.changedFolders.insert(ParseCache.folder(of: entry.path))
      }
      guard let cached else { continue }
      cachedHeaders[entry.path] = cached
      diagnostics += cached.diagnostics
      guard let header = cached.header else { continue }
      if let other = folderByNumber[header.number] {
        diagnostics.append(
          Diagnostic(
            .error, at: header.numberPlace,
            message:
              "issue number \(header.number) is already used by issues/\(other)/issue.md: give each issue its own number"
          ))
        continue
      }
      folderByNumber[header.number] = folder
      headers[folder] = header
    }
    for path in cache.headers.keys where cachedHeaders[path] == nil {
      cache.changedFolders.insert(ParseCache.folder(of: path))
    }
    cache.headers = cachedHeaders
    return headers
  }

  /// The page every content file becomes, known from paths and issue numbers alone.
  static func routes(
    of files: [(path: String, kind: ContentParser.Kind)], issues: [String: IssueHeader]
  ) -> [String: PagePath] {
    var routes: [String: PagePath] = [:]
    for (path, kind) in files {
      switch kind {
      case .issue(let folder):
        if let header = issues[folder] { routes[path] = .issue(header.number) }
      case .article(let folder, _, let slug):
        if let header = issues[folder] { routes[path] = .article(issue: header.number, slug: slug) }
      case .report(let slug):
        routes[path] = .report(slug)
      case .program(let slug):
        routes[path] = .program(slug)
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
    _ programs: [Program], defined slugs: Set<String>, references: [ProgramReference], displayPaths: DisplayPaths
  ) -> [Diagnostic] {
    var problems: [Diagnostic] = []
    for reference in references where !slugs.contains(reference.slug) {
      var message = "unknown program '\(reference.slug)'"
      if let match = closestMatch(to: reference.slug, in: slugs.sorted()) {
        message += " (did you mean '\(match)'?)"
      } else {
        message += ": add programs/\(reference.slug).md or use the slug of an existing program"
      }
      problems.append(Diagnostic(.error, at: reference.place, message: message))
    }
    let referenced = Set(references.map(\.slug))
    for program in programs where !referenced.contains(program.slug) {
      problems.append(
        Diagnostic(
          .warning, path: displayPaths.of(program.sourcePath),
          message: "no article or report names the program '\(program.slug)': its page will list nothing"))
    }
    return problems
  }

  /// An error for each link from a published page to a file that is missing or not
  /// published, or to an anchor that is not a heading of its target.
  private static func linkProblems(
    _ links: [SiteLink], anchors: [String: (isPublished: Bool, ids: [String])]
  ) -> [Diagnostic] {
    var problems: [Diagnostic] = []
    for link in links where anchors[link.sourcePath]?.isPublished != false {
      guard let target = anchors[link.targetPath] else {
        problems.append(
          .error(
            "link to '\(link.destination)', which is not a page of the site: check the file's path",
            at: link.place))
        continue
      }
      if !target.isPublished {
        problems.append(
          .error(
            "link to '\(link.destination)', which is a draft or scheduled for later: it has no page yet",
            at: link.place))
      } else if let fragment = link.fragment, !target.ids.contains(fragment) {
        var message = "link to '\(link.destination)': there is no heading '#\(fragment)' there"
        if let match = closestMatch(to: fragment, in: target.ids) {
          message += " (did you mean '#\(match)'?)"
        } else if !target.ids.isEmpty {
          let shown = target.ids.prefix(5).map { "#\($0)" }.joined(separator: ", ")
          message += "; its headings are " + shown + (target.ids.count > 5 ? ", …" : "")
        }
        problems.append(.error(message, at: link.place))
      }
    }
    return problems
  }

  /// Two articles of one issue with the same number or the same page.
  private static func duplicateArticleProblems(_ articles: [Article], displayPaths: DisplayPaths) -> [Diagnostic] {
    var problems: [Diagnostic] = []
    var seenOrders: [Int: String] = [:]
    var seenSlugs: [String: String] = [:]
    for article in articles {
      if let other = seenOrders[article.order] {
        problems.append(
          Diagnostic(
            .error, path: displayPaths.of(article.sourcePath),
            message: "article number \(article.order) is already used by \(other): renumber one of them"))
      }
      if let other = seenSlugs[article.slug] {
        problems.append(
          Diagnostic(
            .error, path: displayPaths.of(article.sourcePath),
            message: "this article would write the same page as \(other): rename one of them"))
      }
      seenOrders[article.order] = article.sourcePath
      seenSlugs[article.slug] = article.sourcePath
    }
    return problems
  }
}

/// How diagnostics name the content files: looked up only for a file with a problem.
private struct DisplayPaths {
  let entries: [ContentEntry]

  init(_ entries: [ContentEntry]) {
    self.entries = entries
  }

  /// The display path of the file at content path `path`.
  func of(_ path: String) -> String {
    entries.first { $0.path == path }?.displayPath ?? path
  }
}

extension [Diagnostic] {
  /// Where the problems of the file at `path` are, or would be, in a list sorted by path.
  fileprivate func range(ofPath path: String) -> Range<Int> {
    partitioningIndex { $0.path >= path }..<partitioningIndex { $0.path > path }
  }
}
