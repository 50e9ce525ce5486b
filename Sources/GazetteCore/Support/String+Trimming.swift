extension String {
  /// The text without leading and trailing spaces and tabs. Cheaper than Foundation's
  /// `trimmingCharacters(in:)`, which goes through UTF-16; front matter values are short
  /// but there is one per field of every file.
  func trimmingSpaces() -> String {
    Substring(self).trimmingSpaces()
  }
}

extension Substring {
  /// The text without leading and trailing spaces and tabs.
  func trimmingSpaces() -> String {
    let utf8 = self.utf8
    guard let first = utf8.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }),
      let last = utf8.lastIndex(where: { $0 != 0x20 && $0 != 0x09 })
    else { return "" }
    return String(self[first...last])
  }
}
