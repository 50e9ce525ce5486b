import Markdown

/// What every file's parser may consult: all of it known before the first body is rendered.
struct ParseContext: Sendable {
  var options: MarkdownOptions
  var directory: CountryDirectory
  /// The issue of every issue folder: `2017-23` → its header.
  var issues: [String: IssueHeader]
  /// The page of every content file that becomes one, by content path.
  var routes: [String: PagePath]
}

/// The front matter of an `issue.md`, read before anything else so that articles know
/// their issue and links know their targets.
struct IssueHeader: Sendable {
  var number: Int
  var numberLocation: SourceLocation
  var date: Day
  var title: String
  var sections: [Located<String>]
  var body: String
  var bodyFirstLine: Int
}
