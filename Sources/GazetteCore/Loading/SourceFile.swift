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
    guard let range = text.utf8Range(ofLine: max(1, number)) else { return "" }
    let utf8 = text.utf8
    return String(text[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)])
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

extension String {
  /// The UTF-8 offsets of a 1-based line, without its `\n`; nil when there is no such line.
  /// Line breaks are found with `memchr`, many times faster than stepping through `utf8`.
  func utf8Range(ofLine number: Int) -> Range<Int>? {
    guard number >= 1 else { return nil }
    var text = self  // `withUTF8` needs a variable; a native string is not copied
    return text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return number == 1 ? 0..<0 : nil }
      var start = 0
      for _ in 1..<number {
        guard let newline = memchr(base + start, 0x0A, bytes.count - start) else { return nil }
        start = UnsafeRawPointer(newline) - UnsafeRawPointer(base) + 1
      }
      let end = memchr(base + start, 0x0A, bytes.count - start).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? bytes.count
      return start..<end
    }
  }
}
