/// How Markdown becomes HTML.
public struct MarkdownOptions: Sendable, Hashable {
  /// Turns straight quotes into curly ones, `--` into en dashes and `...` into ellipses.
  public var usesSmartPunctuation: Bool
  /// Passes raw HTML through; when false, cmark replaces it with a comment.
  public var allowsRawHTML: Bool
  /// Gives every heading an `id` made from its text, so that `#fragment` links can target it.
  public var addsHeadingIDs: Bool
  /// Written before every heading `id` (and not counted in `RenderedMarkdown.headingIDs`).
  public var headingIDPrefix: String

  public init(
    usesSmartPunctuation: Bool = true, allowsRawHTML: Bool = true, addsHeadingIDs: Bool = true,
    headingIDPrefix: String = ""
  ) {
    self.usesSmartPunctuation = usesSmartPunctuation
    self.allowsRawHTML = allowsRawHTML
    self.addsHeadingIDs = addsHeadingIDs
    self.headingIDPrefix = headingIDPrefix
  }

  /// The options of the published site.
  public static let site = MarkdownOptions()

  /// Plain CommonMark, as the specification's examples expect it.
  public static let commonMark = MarkdownOptions(
    usesSmartPunctuation: false, allowsRawHTML: true, addsHeadingIDs: false)
}
