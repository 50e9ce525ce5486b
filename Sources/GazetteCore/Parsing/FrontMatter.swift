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
    let text = file.text
    var lineStart = text.startIndex
    var lineNumber = 1
    var yamlStart: String.Index?
    while lineStart < text.endIndex {
      let lineEnd = text[lineStart...].firstIndex(of: "\n") ?? text.endIndex
      let isFence = text[lineStart..<lineEnd].trimmingTrailingSpaces() == "---"
      let next = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
      if lineNumber == 1 {
        guard isFence else { break }
        yamlStart = next
      } else if isFence, let yamlStart {
        let yaml = yamlStart < lineStart ? String(text[yamlStart..<text.index(before: lineStart)]) : ""
        return .success(
          FrontMatter(yaml: yaml, yamlFirstLine: 2, body: String(text[next...]), bodyFirstLine: lineNumber + 1))
      }
      lineStart = next
      lineNumber += 1
    }
    if yamlStart == nil {
      return .failure(
        .error(
          "missing front matter: the file must start with a line '---', then YAML fields, then '---'",
          in: file, at: SourceLocation(line: 1, column: 1)))
    }
    return .failure(
      .error(
        "front matter is not closed: add a line '---' after the last YAML field",
        in: file, at: SourceLocation(line: 1, column: 1)))
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
