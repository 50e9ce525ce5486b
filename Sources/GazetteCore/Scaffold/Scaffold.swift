import Foundation

/// The text of new content files, with their front matter filled in so that editors start
/// from something valid. Pure: it reads the existing files given to it and writes nothing.
public enum Scaffold {
  /// A new file: where it goes in the content folder, and its text.
  public struct NewFile: Sendable, Equatable {
    public var path: String
    public var text: String
  }

  /// The next issue: number one more than the highest, dated `today`, with the latest
  /// issue's sections.
  public static func newIssue(in files: [SourceFile], today: Day) -> NewFile {
    let latest = latestIssue(in: files)
    let number = (latest?.header.number ?? 0) + 1
    let sections = latest?.header.sections.map(\.value) ?? ["International cooperation in science and technology"]
    let text = """
      ---
      number: \(number)
      date: \(today)
      sections:
      \(sections.map { "  - " + yamlText($0) }.joined(separator: "\n"))
      draft: true
      ---
      An optional note from the editor, in Markdown.

      """
    return NewFile(path: "issues/\(today.year)-\(number)/issue.md", text: text)
  }

  /// A new article at the end of an issue (the latest unless `issueNumber` says which).
  public static func newArticle(
    title: String, in files: [SourceFile], issueNumber: Int? = nil, today: Day
  ) -> Result<NewFile, ScaffoldError> {
    let issues = issueHeaders(in: files)
    guard let issue = issueNumber.map({ number in issues.first { $0.header.number == number } }) ?? issues.last
    else {
      return .failure(
        ScaffoldError(
          description: issueNumber.map { "there is no issue number \($0)" }
            ?? "there is no issue yet: run 'gazette new issue' first"))
    }
    let prefix = "issues/\(issue.folder)/"
    let orders = files.compactMap { file -> Int? in
      guard file.path.hasPrefix(prefix), case .article(_, let order, _) = ContentParser.kind(of: file.path) else {
        return nil
      }
      return order
    }
    let order = (orders.max() ?? 0) + 1
    let number = order < 10 ? "0\(order)" : String(order)
    let section = issue.header.sections.first?.value ?? "News"
    let text = """
      ---
      title: \(yamlText(title))
      section: \(yamlText(section))
      countries: []
      programs: []
      source: Ministry of Science and Technology
      source_date: \(today)
      draft: true
      ---
      The article, in Markdown.

      """
    return .success(NewFile(path: prefix + "\(number)-\(slug(for: title)).md", text: text))
  }

  /// A new report entry dated `today`.
  public static func newReport(title: String, kind: Report.Kind, today: Day) -> NewFile {
    let text = """
      ---
      title: \(yamlText(title))
      date: \(today)
      kind: \(kind.rawValue)
      organization: Ministry of Science and Technology
      countries: []
      programs: []
      draft: true
      ---
      The report, in Markdown.

      """
    return NewFile(path: "reports/\(slug(for: title)).md", text: text)
  }

  /// A new program.
  public static func newProgram(name: String, acronym: String?) -> NewFile {
    let text = """
      ---
      name: \(yamlText(name))
      \(acronym.map { "acronym: \(yamlText($0))\n" } ?? "")aliases: []
      ---
      What the program is, who runs it and what it funds, in Markdown.

      """
    return NewFile(path: "programs/\(slug(for: acronym ?? name)).md", text: text)
  }

  /// A URL-safe name made from a title: lower-case ASCII letters and digits with hyphens.
  public static func slug(for title: String) -> String {
    var slug = ""
    var pendingHyphen = false
    for scalar in title.lowercased().unicodeScalars {
      if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        if pendingHyphen, !slug.isEmpty { slug += "-" }
        pendingHyphen = false
        slug.unicodeScalars.append(scalar)
      } else if scalar != "'" && scalar != "’" {
        pendingHyphen = true
      }
      if slug.count >= 60 { break }
    }
    return slug.isEmpty ? "untitled" : slug
  }

  /// A YAML scalar for `text`, quoted when it needs to be.
  static func yamlText(_ text: String) -> String {
    let plain = text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == " " || ("0"..."9").contains($0) || "-.,&()".unicodeScalars.contains($0) }
    if plain, let first = text.unicodeScalars.first, first.properties.isAlphabetic { return text }
    return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }

  private static func issueHeaders(in files: [SourceFile]) -> [(folder: String, header: IssueHeader)] {
    files.compactMap { file -> (String, IssueHeader)? in
      guard case .issue(let folder) = ContentParser.kind(of: file.path),
        let header = ContentParser.parseIssueHeader(file).0
      else { return nil }
      return (folder, header)
    }.sorted { $0.1.number < $1.1.number }
  }

  private static func latestIssue(in files: [SourceFile]) -> (folder: String, header: IssueHeader)? {
    issueHeaders(in: files).last
  }
}

/// Why a new file cannot be made.
public struct ScaffoldError: Error, CustomStringConvertible, Equatable {
  public let description: String
}
