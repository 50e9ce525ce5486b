import Markdown

/// What every file's parser may consult: all of it known before the first body is rendered.
struct ParseContext: Sendable {
  var options: MarkdownOptions
  var directory: CountryDirectory
  /// The issue of every issue folder: `2017-23` → its header.
  var issues: [String: IssueHeader]
  /// Every issue folder that has an `issue.md`, valid or not.
  var issueFolders: Set<String>
  /// The page of every content file that becomes one, by content path.
  var routes: [String: PagePath]
  /// Finds countries a text names, to warn about those an entry does not list.
  var mentionFinder: CountryMentionFinder
  /// The publisher's own country, which entries need not list.
  var homeCountry: Country?
}

/// A link from a content file to another content file, checked once every file is parsed.
struct SiteLink: Sendable, Hashable {
  /// The content path of the file the link is in.
  var sourcePath: String
  var place: SourcePlace
  /// The destination as written.
  var destination: String
  /// The content path of the target (`reports/cistrat.md`); the file's own path for `#x`.
  var targetPath: String
  var fragment: String?
  /// The target's page when the link was rendered (nil if it had none): the rendered
  /// link is out of date once the target's page is another.
  var route: PagePath?
}

/// A program named by an entry's `programs`, checked once every program file is parsed.
struct ProgramReference: Sendable, Hashable {
  var slug: String
  var place: SourcePlace
}

/// The front matter of an `issue.md`, read before anything else so that articles know
/// their issue and links know their targets.
struct IssueHeader: Sendable, Hashable {
  var number: Int
  /// Where the number is written, for the error when another issue has it too.
  var numberPlace: SourcePlace
  var date: Day
  var title: String
  var sections: [Located<String>]
  var isDraft: Bool
  var body: String
  var bodyFirstLine: Int
}
