extension String {
  /// Appends the UTF-8 bytes `range` of `text`, copied straight from `text`'s storage with
  /// no `String` made in between. `range` must start and end between Unicode scalars, as
  /// it does when it is cut at ASCII bytes.
  package mutating func append(utf8Range range: Range<Int>, of text: String) {
    guard !range.isEmpty else { return }
    let utf8 = text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    let end = utf8.index(start, offsetBy: range.count)
    self += text[start..<end]
  }
}
