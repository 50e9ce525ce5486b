import Foundation

/// One file of the content folder, read into memory.
public struct SourceFile: Sendable, Hashable {
  /// The path inside the content folder, with `/`: `issues/2017-23/03-china-laos.md`.
  public let path: String
  /// The path as the editor sees it, for diagnostics: `Content/issues/2017-23/03-china-laos.md`.
  public let displayPath: String
  /// The text, with line endings normalised to `\n` and any byte order mark removed.
  public let text: String

  public init(path: String, displayPath: String? = nil, text: String) {
    self.path = path
    self.displayPath = displayPath ?? path
    self.text = SourceFile.normalize(text)
  }

  /// The file name without its folder.
  public var name: Substring { path.split(separator: "/").last ?? Substring(path) }

  /// The file name without folder and extension.
  public var stem: String {
    let name = self.name
    guard let dot = name.lastIndex(of: ".") else { return String(name) }
    return String(name[..<dot])
  }

  /// The text of a 1-based line, without its line ending; empty past the end.
  public func line(_ number: Int) -> String {
    let bytes = text.utf8
    var start = bytes.startIndex
    var current = 1
    while current < number {
      guard let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else { return "" }
      start = bytes.index(after: newline)
      current += 1
    }
    let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
    return String(text[start..<end])
  }

  private static func normalize(_ text: String) -> String {
    var text = text
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    let hasCarriageReturns = text.utf8.withContiguousStorageIfAvailable { memchr($0.baseAddress!, 0x0D, $0.count) != nil } ?? true
    if !text.isEmpty && hasCarriageReturns {
      text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
    return text
  }
}
