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

  /// Splits `file`, or explains why it cannot. Works on UTF-8 bytes: a line break is
  /// always a character of its own, so lines end at every `\n` byte.
  static func split(_ file: SourceFile) -> Result<FrontMatter, Diagnostic> {
    let text = file.text
    let utf8 = text.utf8
    var lineStart = utf8.startIndex
    var lineNumber = 1
    var yamlStart: String.Index?
    while lineStart < utf8.endIndex {
      let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
      let isFence = isFenceLine(utf8[lineStart..<lineEnd])
      let next = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
      if lineNumber == 1 {
        guard isFence else { break }
        yamlStart = next
      } else if isFence, let yamlStart {
        let yaml = yamlStart < lineStart ? String(text[yamlStart..<utf8.index(before: lineStart)]) : ""
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

  /// Whether a line is `---`, perhaps followed by spaces and tabs.
  private static func isFenceLine(_ line: Substring.UTF8View) -> Bool {
    var line = line
    while let last = line.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") {
      line.removeLast()
    }
    return line.elementsEqual("---".utf8)
  }
}
