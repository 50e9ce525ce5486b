/// Reads `site.yml`.
enum SiteConfigParser {
  static let fields = ["title", "subtitle", "description", "base_url", "language", "publisher", "raw_html", "home_country"]

  /// - Parameter override: a base URL given on the command line, which wins over the file's.
  static func parse(
    _ file: SourceFile, baseURL override: String? = nil, directory: CountryDirectory = .standard
  ) -> (SiteConfig?, [Diagnostic]) {
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
      allowsRawHTML: reader.boolean("raw_html") ?? true,
      homeCountry: homeCountry(&reader, directory: directory))
    if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
      let message = "'base_url' must be an absolute http(s) address such as https://example.org/"
      if override == nil {
        reader.report(.error(message, in: file, at: reader.location(ofField: "base_url")))
      } else {
        reader.report(Diagnostic(.error, path: "--base-url", message: message))
      }
    }
    if let language = reader.string("language"), !isLanguageTag(language) {
      reader.report(
        .error(
          "'language' must be a language tag such as en or zh-Hans, not '\(language)'", in: file,
          at: reader.location(ofField: "language")))
    }
    reader.warnAboutUnknownFields(known: fields)
    guard title != nil, baseURL != nil else { return (nil, reader.diagnostics) }
    return (config, reader.diagnostics)
  }

  private static func homeCountry(_ reader: inout FieldReader, directory: CountryDirectory) -> Country? {
    guard let reference = reader.string("home_country") else { return nil }
    if let country = directory.country(for: reference) { return country }
    var message = "unknown country '\(reference)'"
    if let suggestion = directory.suggestion(for: reference) { message += " (did you mean '\(suggestion.name)'?)" }
    reader.report(.error(message, in: reader.file, at: reader.location(ofField: "home_country")))
    return nil
  }

  /// Letters, digits and hyphens, starting with a letter: a BCP 47 tag's shape.
  private static func isLanguageTag(_ text: String) -> Bool {
    guard let first = text.first, first.isASCII, first.isLetter else { return false }
    return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
  }
}
