/// A content file split into its YAML front matter and its Markdown body.
struct FrontMatter {
  /// The YAML between the `---` lines.
  var yaml: String
  /// The file's line number of the first YAML line.
  var yamlFirstLine: Int
  /// The Markdown after the closing `---` line.
  var body: String
  /// The file's line number of the first body line.
  var bodyFirstLine: Int

  /// Splits `file`, or explains why it cannot.
  static func split(_ file: SourceFile) -> Result<FrontMatter, Diagnostic> {
    let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
    guard let first = lines.first, first.trimmingTrailingSpaces() == "---" else {
      return .failure(
        .error(
          "missing front matter: the file must start with a line '---', then YAML fields, then '---'",
          in: file, at: SourceLocation(line: 1, column: 1)))
    }
    guard let closing = lines.dropFirst().firstIndex(where: { $0.trimmingTrailingSpaces() == "---" })
    else {
      return .failure(
        .error(
          "front matter is not closed: add a line '---' after the last YAML field",
          in: file, at: SourceLocation(line: 1, column: 1)))
    }
    let yaml = lines[1..<closing].joined(separator: "\n")
    let body = lines[(closing + 1)...].joined(separator: "\n")
    return .success(FrontMatter(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: closing + 2))
  }
}

extension Substring {
  fileprivate func trimmingTrailingSpaces() -> Substring {
    var end = endIndex
    while end > startIndex, self[index(before: end)] == " " || self[index(before: end)] == "\t" {
      end = index(before: end)
    }
    return self[..<end]
  }
}
