import Foundation
import Markdown

/// What one content file became.
enum ParsedFile: Sendable, Hashable {
  case issueNote(folder: String, Fragment)
  case article(folder: String, Article, programs: [ProgramReference], isDraft: Bool)
  case report(Report, programs: [ProgramReference], isDraft: Bool)
  case program(Program)
  case nothing
}

/// One file's parse: what it became, its problems, and its links to other content files.
struct ParseResult: Sendable, Hashable {
  var parsed: ParsedFile = .nothing
  var diagnostics: [Diagnostic] = []
  var links: [SiteLink] = []
}

/// Turns content files into model values. Pure: text in, values and diagnostics out.
enum ContentParser {
  static let issueFields = ["number", "date", "title", "sections", "draft"]
  static let articleFields = ["title", "section", "countries", "programs", "source", "source_date", "draft"]
  static let reportFields = ["title", "date", "kind", "organization", "countries", "programs", "draft"]
  static let programFields = ["name", "acronym", "aliases", "url"]

  /// Where a content path belongs.
  enum Kind: Equatable {
    case issue(folder: String)
    case article(folder: String, order: Int, slug: String)
    case report(slug: String)
    case program(slug: String)
    case config
    case unknown
  }

  static func kind(of path: String) -> Kind {
    // On UTF-8 bytes: this runs for every file of every build, cached or not.
    let parts = path.utf8.split(separator: UInt8(ascii: "/"))
    guard let name = parts.last else { return .unknown }
    let isMarkdown = name.count > 3 && name.suffix(3).elementsEqual(".md".utf8)
    let stem = isMarkdown ? name.dropLast(3) : name
    func text(_ bytes: Substring.UTF8View.SubSequence) -> String { String(Substring(bytes)) }
    switch parts.count {
    case 1 where name.elementsEqual("site.yml".utf8):
      return .config
    case 3 where parts[0].elementsEqual("issues".utf8):
      let folder = text(parts[1])
      if name.elementsEqual("issue.md".utf8) { return .issue(folder: folder) }
      let digits = stem.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
      let rest = stem.dropFirst(digits.count)
      guard let order = Int(text(digits)), rest.first == UInt8(ascii: "-") else {
        return .article(folder: folder, order: -1, slug: text(stem))
      }
      return .article(folder: folder, order: order, slug: text(rest.dropFirst()))
    case 2 where parts[0].elementsEqual("reports".utf8):
      return .report(slug: text(stem))
    case 2 where parts[0].elementsEqual("programs".utf8):
      return .program(slug: text(stem))
    default:
      return .unknown
    }
  }

  // MARK: - Issues

  static func parseIssueHeader(_ file: SourceFile) -> (IssueHeader?, [Diagnostic]) {
    let split: FrontMatter
    switch FrontMatter.split(file) {
    case .success(let value): split = value
    case .failure(let diagnostic): return (nil, [diagnostic])
    }
    var reader = FieldReader(yaml: split.yaml, firstLine: split.yamlFirstLine, in: file)
    let number = reader.integer("number", required: true)
    let date = reader.day("date", required: true)
    let title = reader.string("title")
    let sections = reader.list("sections")
    let isDraft = reader.boolean("draft") ?? false
    if let number, number < 1 {
      reader.report(.error("'number' must be 1 or more", in: file, at: reader.location(ofField: "number")))
    }
    reader.warnAboutUnknownFields(known: issueFields)
    guard let number, number >= 1, let date else { return (nil, reader.diagnostics) }
    let header = IssueHeader(
      number: number, numberPlace: SourcePlace(file, at: reader.location(ofField: "number")), date: date, title: title ?? "Issue No. \(number)", sections: sections,
      isDraft: isDraft, body: split.body, bodyFirstLine: split.bodyFirstLine)
    return (header, reader.diagnostics)
  }

  // MARK: - Everything else

  /// Parses one file other than `site.yml`, of `kind` (`kind(of: file.path)`), rendering its
  /// Markdown.
  static func parse(_ file: SourceFile, kind: Kind, context: ParseContext) -> ParseResult {
    var result = ParseResult()
    switch kind {
    case .config:
      break
    case .issue(let folder):
      guard let header = context.issues[folder] else { break }
      let note = render(header.body, firstLine: header.bodyFirstLine, of: file, context: context, into: &result)
      result.parsed = .issueNote(folder: folder, note)
    case .article(let folder, let order, let slug):
      parseArticle(file, folder: folder, order: order, slug: slug, context: context, into: &result)
    case .report(let slug):
      parseReport(file, slug: slug, context: context, into: &result)
    case .program(let slug):
      parseProgram(file, slug: slug, context: context, into: &result)
    case .unknown:
      result.diagnostics.append(
        .warning(
          "this file is not part of the site: articles go in issues/<folder>/, reports in reports/, programs in programs/",
          in: file))
    }
    return result
  }

  private static func parseArticle(
    _ file: SourceFile, folder: String, order: Int, slug: String, context: ParseContext,
    into result: inout ParseResult
  ) {
    guard let split = frontMatter(of: file, into: &result) else { return }
    var reader = FieldReader(yaml: split.yaml, firstLine: split.yamlFirstLine, in: file)
    let title = reader.string("title", required: true)
    let section = reader.string("section", required: true)
    let countries = resolveCountries(&reader, context: context)
    let programs = reader.list("programs")
    let source = reader.string("source")
    let sourceDate = reader.day("source_date")
    let isDraft = reader.boolean("draft") ?? false
    reader.warnAboutUnknownFields(known: articleFields)
    if order < 0 {
      reader.report(
        .error(
          "an article's file name starts with its number in the issue, as in 03-\(slug).md", in: file,
          at: SourceLocation(line: 1, column: 1)))
    }
    checkSlug(slug, of: file, into: &reader)
    guard let header = context.issues[folder] else {
      // A broken issue.md has its own errors; only a missing one is reported here.
      if !context.issueFolders.contains(folder) {
        reader.report(
          .error("the folder issues/\(folder)/ has no issue.md: add one with the issue's number and date", in: file))
      }
      result.diagnostics += reader.diagnostics
      return
    }
    if let section, !header.sections.isEmpty, !header.sections.contains(where: { $0.value == section }) {
      var message = "section '\(section)' is not one of the issue's sections"
      if let match = closestMatch(to: section, in: header.sections.map(\.value)) {
        message += " (did you mean '\(match)'?)"
      } else {
        message += ": use one of " + header.sections.map { "'\($0.value)'" }.joined(separator: ", ")
      }
      reader.report(.error(message, in: file, at: reader.location(ofField: "section")))
    }
    if let sourceDate, sourceDate > header.date {
      reader.report(
        .warning(
          "'source_date' \(sourceDate) is after the issue's date \(header.date): check both dates", in: file,
          at: reader.location(ofField: "source_date")))
    }
    result.diagnostics += reader.diagnostics
    let body = render(split.body, firstLine: split.bodyFirstLine, of: file, context: context, into: &result)
    warnAboutUntaggedCountries(
      title: title, at: reader.location(ofField: "title"), body: split, countries: countries, of: file,
      context: context, into: &result)
    guard let title, let section, order >= 0 else { return }
    let article = Article(
      slug: slug, order: order, title: title, section: section, countries: countries ?? [],
      programs: programs.map(\.value), source: source, sourceDate: sourceDate, body: body,
      issueNumber: header.number, date: header.date, sourcePath: file.path)
    result.parsed = .article(
      folder: folder, article, programs: references(to: programs, in: file), isDraft: isDraft || header.isDraft)
  }

  private static func parseReport(
    _ file: SourceFile, slug: String, context: ParseContext, into result: inout ParseResult
  ) {
    guard let split = frontMatter(of: file, into: &result) else { return }
    var reader = FieldReader(yaml: split.yaml, firstLine: split.yamlFirstLine, in: file)
    let title = reader.string("title", required: true)
    let date = reader.day("date", required: true)
    let kindName = reader.string("kind", required: true)
    let organization = reader.string("organization")
    let countries = resolveCountries(&reader, context: context)
    let programs = reader.list("programs")
    let isDraft = reader.boolean("draft") ?? false
    var kind: Report.Kind?
    if let kindName {
      kind = Report.Kind(rawValue: kindName.lowercased())
      if kind == nil {
        reader.report(
          .error(
            "unknown kind '\(kindName)': use one of "
              + Report.Kind.allCases.map(\.rawValue).joined(separator: ", "), in: file,
            at: reader.location(ofField: "kind")))
      }
    }
    reader.warnAboutUnknownFields(known: reportFields)
    checkSlug(slug, of: file, into: &reader)
    result.diagnostics += reader.diagnostics
    let body = render(split.body, firstLine: split.bodyFirstLine, of: file, context: context, into: &result)
    warnAboutUntaggedCountries(
      title: title, at: reader.location(ofField: "title"), body: split, countries: countries, of: file,
      context: context, into: &result)
    guard let title, let date, let kind else { return }
    let report = Report(
      slug: slug, title: title, date: date, kind: kind, organization: organization, countries: countries ?? [],
      programs: programs.map(\.value), body: body, sourcePath: file.path)
    result.parsed = .report(report, programs: references(to: programs, in: file), isDraft: isDraft)
  }

  private static func parseProgram(
    _ file: SourceFile, slug: String, context: ParseContext, into result: inout ParseResult
  ) {
    guard let split = frontMatter(of: file, into: &result) else { return }
    var reader = FieldReader(yaml: split.yaml, firstLine: split.yamlFirstLine, in: file)
    let name = reader.string("name", required: true)
    let acronym = reader.string("acronym")
    let aliases = reader.list("aliases").map(\.value)
    let url = reader.string("url")
    reader.warnAboutUnknownFields(known: programFields)
    checkSlug(slug, of: file, into: &reader)
    result.diagnostics += reader.diagnostics
    let description = render(split.body, firstLine: split.bodyFirstLine, of: file, context: context, into: &result)
    guard let name else { return }
    result.parsed = .program(
      Program(
        slug: slug, name: name, acronym: acronym, aliases: aliases, url: url, description: description,
        sourcePath: file.path))
  }

  // MARK: - Shared steps

  private static func references(to programs: [Located<String>], in file: SourceFile) -> [ProgramReference] {
    programs.map { ProgramReference(slug: $0.value, place: SourcePlace(file, at: $0.location)) }
  }

  private static func frontMatter(of file: SourceFile, into result: inout ParseResult) -> FrontMatter? {
    switch FrontMatter.split(file) {
    case .success(let split):
      return split
    case .failure(let diagnostic):
      result.diagnostics.append(diagnostic)
      return nil
    }
  }

  /// The `countries` field, each reference resolved; nil, and an error with a suggestion
  /// for each, when some name no country.
  private static func resolveCountries(_ reader: inout FieldReader, context: ParseContext) -> [Country]? {
    var countries: [Country] = []
    var isComplete = true
    for reference in reader.list("countries") {
      if let country = context.directory.country(for: reference.value) {
        if !countries.contains(country) { countries.append(country) }
        continue
      }
      isComplete = false
      var message = "unknown country '\(reference.value)'"
      if let suggestion = context.directory.suggestion(for: reference.value) {
        message += " (did you mean '\(suggestion.name)' (\(suggestion.code))?)"
      } else {
        message += ": use an English name or an ISO 3166-1 code such as GB"
      }
      reader.report(.error(message, in: reader.file, at: reference.location))
    }
    return isComplete ? countries : nil
  }

  private static func checkSlug(_ slug: String, of file: SourceFile, into reader: inout FieldReader) {
    let allowed = slug.utf8.allSatisfy {
      (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
        || $0 == UInt8(ascii: "-")
    }
    if slug.isEmpty || !allowed {
      reader.report(
        .error(
          "file name '\(file.name)' becomes a URL: use lower-case letters, digits and hyphens only", in: file))
    }
  }

  /// Warns about each country the title or body names that `countries` does not list
  /// (the site's home country aside), so that country pages stay complete. Nothing when
  /// `countries` could not be read: its own errors come first.
  private static func warnAboutUntaggedCountries(
    title: String?, at titleLocation: SourceLocation, body: FrontMatter, countries: [Country]?,
    of file: SourceFile, context: ParseContext, into result: inout ParseResult
  ) {
    guard let countries else { return }
    var listed = Set(countries.map(\.code))
    if let home = context.homeCountry { listed.insert(home.code) }
    var mentions = context.mentionFinder.mentions(in: title ?? "").map { ($0, SourceLocation(line: 0, column: 0)) }
    mentions += context.mentionFinder.mentions(in: body.body).map {
      ($0, SourceLocation(line: $0.line + body.bodyFirstLine - 1, column: $0.column))
    }
    var warned: Set<String> = []
    for (mention, location) in mentions where !listed.contains(mention.country.code) {
      guard warned.insert(mention.country.code).inserted else { continue }
      let message =
        "the text names \(mention.country.name) ('\(mention.phrase)') but 'countries' does not list it: add it, so that its country page is complete"
      result.diagnostics.append(
        .warning(message, in: file, at: location.line == 0 ? titleLocation : location))
    }
  }

  /// Renders a Markdown body whose first line is `firstLine` of `file`. Links to other
  /// content files become links to their pages and are recorded, to be checked once every
  /// file is parsed.
  static func render(
    _ body: String, firstLine: Int, of file: SourceFile, context: ParseContext, into result: inout ParseResult
  ) -> Fragment {
    var hasSiteLinks = false
    var hasAnchorLinks = false
    var links: [SiteLink] = []
    let rendered = MarkdownRenderer.render(body, options: context.options) { link in
      let location = SourceLocation(line: link.line + firstLine - 1, column: link.column)
      if link.destination.hasPrefix("#"), context.options.addsHeadingIDs {
        let fragment = String(link.destination.dropFirst())
        links.append(
          SiteLink(
            sourcePath: file.path, place: SourcePlace(file, at: location), destination: link.destination,
            targetPath: file.path, fragment: fragment))
        hasAnchorLinks = true
        return "#" + Fragment.idMarker + fragment
      }
      guard let target = LinkTarget(link.destination, from: file.path) else { return nil }
      let page = context.routes[target.path]
      links.append(
        SiteLink(
          sourcePath: file.path, place: SourcePlace(file, at: location), destination: link.destination,
          targetPath: target.path, fragment: target.fragment, route: page))
      guard let page else { return nil }
      hasSiteLinks = true
      let anchorPrefix = target.path.hasSuffix("/issue.md") ? "note-" : ""
      return Fragment.rootMarker + page.file + (target.fragment.map { "#" + anchorPrefix + $0 } ?? "")
    }
    result.links += links
    return Fragment(
      html: rendered.html, summary: rendered.summary, headingIDs: rendered.headingIDs, hasSiteLinks: hasSiteLinks,
      hasIDs: !rendered.headingIDs.isEmpty || hasAnchorLinks)
  }
}

/// A link from one content file to another (`../../reports/x.md#part`), resolved to a
/// content path. Links with a scheme, absolute paths and links to other kinds of files are
/// not content links.
struct LinkTarget: Equatable {
  var path: String
  var fragment: String?

  init?(_ destination: String, from sourcePath: String) {
    guard !destination.contains("://"), !destination.hasPrefix("/"), !destination.hasPrefix("#"),
      !destination.hasPrefix("mailto:"), !destination.hasPrefix("tel:")
    else { return nil }
    let parts = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
    let pathPart = String(parts[0])
    guard pathPart.hasSuffix(".md") || pathPart == "site.yml" else { return nil }
    var components = sourcePath.split(separator: "/").dropLast().map(String.init)
    for component in pathPart.split(separator: "/") {
      switch component {
      case ".": continue
      case "..": if !components.isEmpty { components.removeLast() } else { return nil }
      default: components.append(String(component))
      }
    }
    path = components.joined(separator: "/")
    fragment = parts.count > 1 && !parts[1].isEmpty ? String(parts[1]) : nil
  }
}
