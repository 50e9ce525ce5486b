import ArgumentParser
import Foundation
import GazetteCore

/// `gazette new`: a new content file with its front matter filled in.
struct NewCommand: ParsableCommand {
  enum Kind: String, ExpressibleByArgument, CaseIterable {
    case issue, article, report, program
  }

  static let configuration = CommandConfiguration(
    commandName: "new",
    abstract: "Create a new issue, article, report or program with its front matter filled in.",
    discussion: """
      New issues, articles and reports are marked 'draft: true': remove that line to publish them.
      Examples:
        gazette new issue
        gazette new article "China-Laos Agreement Signed"
        gazette new report "CISTRAT Biannual Report" --kind report
        gazette new program "Talented Young Scientist Program" --acronym TYSP
      """)

  @Argument(help: "What to create: issue, article, report or program.")
  var kind: Kind

  @Argument(help: "The title (the name, for a program). Not used for an issue.")
  var title: String?

  @Option(name: .long, help: ArgumentHelp("The content folder.", valueName: "dir"))
  var content = "Content"

  @Option(name: .long, help: ArgumentHelp("For an article: the number of its issue (default: the latest).", valueName: "number"))
  var issue: Int?

  @Option(name: .customLong("kind"), help: "For a report: report, announcement or presentation.")
  var reportKind: String = "report"

  @Option(name: .long, help: "For a program: its acronym.")
  var acronym: String?

  @Option(name: .long, help: ArgumentHelp("The day to date it (default: today, UTC).", valueName: "yyyy-mm-dd"))
  var now: String?

  func validate() throws {
    if kind != .issue, (title ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
      throw ValidationError("give the new \(kind.rawValue) a title: gazette new \(kind.rawValue) \"Its title\"")
    }
    if Report.Kind(rawValue: reportKind) == nil {
      throw ValidationError("--kind must be report, announcement or presentation")
    }
    if let now, Day(now) == nil {
      throw ValidationError("--now must be a real date written YYYY-MM-DD")
    }
  }

  func run() throws {
    let today = Day.given(now)
    let (files, _) = ContentLoader.load(from: URL(fileURLWithPath: content), displayName: content)
    let newFile: Scaffold.NewFile
    switch kind {
    case .issue:
      newFile = Scaffold.newIssue(in: files, today: today)
    case .article:
      switch Scaffold.newArticle(title: title ?? "", in: files, issueNumber: issue, today: today) {
      case .success(let file): newFile = file
      case .failure(let error): throw ValidationError(error.description)
      }
    case .report:
      newFile = Scaffold.newReport(title: title ?? "", kind: Report.Kind(rawValue: reportKind)!, today: today)
    case .program:
      newFile = Scaffold.newProgram(name: title ?? "", acronym: acronym)
    }
    let url = URL(fileURLWithPath: content).appendingPathComponent(newFile.path)
    guard !FileManager.default.fileExists(atPath: url.path) else {
      throw ValidationError("\(content)/\(newFile.path) already exists: choose another title")
    }
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(newFile.text.utf8).write(to: url, options: .withoutOverwriting)
    print("Created \(content)/\(newFile.path)")
  }
}
