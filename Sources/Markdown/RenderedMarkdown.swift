/// A Markdown document rendered to HTML, with what the site needs to know about it.
public struct RenderedMarkdown: Sendable, Hashable {
  /// The HTML fragment.
  public var html: String
  /// The plain text of the first paragraph, for lists and feeds; empty when there is none.
  public var summary: String
  /// The `id` of every heading, in document order (empty unless heading IDs are on).
  public var headingIDs: [String]
  /// Every link and image destination, in document order, as written.
  public var links: [MarkdownLink]
}

/// A link or image destination and where it starts in the Markdown text.
public struct MarkdownLink: Sendable, Hashable {
  /// The destination as the author wrote it.
  public var destination: String
  /// 1-based line in the Markdown text.
  public var line: Int
  /// 1-based column, in UTF-8 bytes from the start of the line.
  public var column: Int

  public init(destination: String, line: Int, column: Int) {
    self.destination = destination
    self.line = line
    self.column = column
  }
}
