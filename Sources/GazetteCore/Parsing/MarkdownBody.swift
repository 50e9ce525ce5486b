import Markdown

/// One file's Markdown body on its own, outside a site.
public enum MarkdownBody {
  /// The HTML of `file`'s body (its front matter, if any, left out), rendered the way the
  /// site renders a page's body.
  public static func render(_ file: SourceFile, options: MarkdownOptions) -> String {
    var body = file.text
    if file.text.hasPrefix("---\n"), case .success(let split) = FrontMatter.split(file) {
      body = split.body
    }
    return MarkdownRenderer.render(body, options: options).html
  }
}
