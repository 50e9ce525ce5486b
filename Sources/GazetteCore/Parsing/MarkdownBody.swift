import Markdown
import YAML

/// One file's Markdown body on its own, outside a site.
public enum MarkdownBody {
  /// The HTML of `file`'s body, rendered the way the site renders a page's body. Front
  /// matter is left out when the file has some: a `---` fence around YAML fields. Text that
  /// only looks like it (thematic breaks, a setext heading) is Markdown and stays.
  public static func render(_ file: SourceFile, options: MarkdownOptions) -> String {
    var body = file.text
    if case .success(let split) = FrontMatter.split(file),
      case .mapping? = (try? YAMLNode.parse(split.yaml))??.content
    {
      body = split.body
    }
    return MarkdownRenderer.render(body, options: options).html
  }
}
