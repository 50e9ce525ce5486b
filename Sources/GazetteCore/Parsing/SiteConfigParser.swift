/// Reads `site.yml`.
enum SiteConfigParser {
  static let fields = ["title", "subtitle", "description", "base_url", "language", "publisher", "raw_html"]

  /// - Parameter override: a base URL given on the command line, which wins over the file's.
  static func parse(_ file: SourceFile, baseURL override: String? = nil) -> (SiteConfig?, [Diagnostic]) {
    var reader = FieldReader(yaml: file.text, firstLine: 1, in: file)
    let title = reader.string("title", required: true)
    let written = reader.string("base_url", required: override == nil)
    let baseURL = override ?? written
    let config = SiteConfig(
      title: title ?? "",
      subtitle: reader.string("subtitle") ?? "",
      description: reader.string("description") ?? "",
      baseURL: baseURL ?? "/",
      language: reader.string("language") ?? "en",
      publisher: reader.string("publisher") ?? "",
      allowsRawHTML: reader.boolean("raw_html") ?? true)
    if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
      let message = "'base_url' must be an absolute http(s) address such as https://example.org/"
      if override == nil {
        reader.report(.error(message, in: file, at: reader.location(ofField: "base_url")))
      } else {
        reader.report(Diagnostic(.error, path: "--base-url", message: message))
      }
    }
    reader.warnAboutUnknownFields(known: fields)
    guard title != nil, baseURL != nil else { return (nil, reader.diagnostics) }
    return (config, reader.diagnostics)
  }
}
