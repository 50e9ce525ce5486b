/// The file inside the site folder that a request's path names, checked and decoded
/// without touching the file system.
///
/// Only plain paths get through: the path must start with `/`; every segment is
/// percent-decoded strictly, and a segment that is empty (`//`), `.` or `..`, or that holds
/// a `/`, a `\`, a NUL or another control character, raw or encoded (`%2e%2e`, `%2f`,
/// `%5c`, `%00`), refuses the whole request. `/issues/23/` names
/// `issues/23/index.html`; `/issues/23` names `issues/23`, which may turn out to be a folder.
public struct SitePath: Sendable, Hashable {
  /// The decoded segments, from the site folder down.
  public let segments: [String]
  /// Whether the request ended with `/`: it names the folder's `index.html`.
  public let isFolder: Bool

  /// Checks and decodes `requestPath`, the path of a request target as sent (still
  /// percent-encoded, query left out); nil when it is refused.
  public init?(requestPath: String) {
    guard requestPath.utf8.first == UInt8(ascii: "/") else { return nil }
    var rawSegments = requestPath.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
    rawSegments.removeFirst()
    let isFolder = rawSegments.last?.isEmpty ?? true
    if isFolder, !rawSegments.isEmpty { rawSegments.removeLast() }
    var segments: [String] = []
    for raw in rawSegments {
      guard let segment = Self.decode(raw), Self.isAllowed(segment) else { return nil }
      segments.append(segment)
    }
    self.segments = segments
    self.isFolder = isFolder
  }

  /// The file's path relative to the site folder: `issues/23/index.html`, or `index.html`
  /// for `/`.
  public var file: String {
    (segments + (isFolder ? ["index.html"] : [])).joined(separator: "/")
  }

  /// Whether a segment starts with a dot, as Gazette's own manifest does: such files are
  /// never served.
  public var isHidden: Bool {
    segments.contains { $0.hasPrefix(".") }
  }

  private static func isAllowed(_ segment: String) -> Bool {
    guard !segment.isEmpty, segment != ".", segment != ".." else { return false }
    return !segment.utf8.contains { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "\\") }
  }

  /// Strict percent-decoding: `%` must be followed by two hex digits, and the result must
  /// be UTF-8.
  private static func decode(_ raw: some Collection<UInt8>) -> String? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(raw.count)
    var iterator = raw.makeIterator()
    while let byte = iterator.next() {
      guard byte == UInt8(ascii: "%") else {
        bytes.append(byte)
        continue
      }
      guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
        return nil
      }
      bytes.append(high << 4 | low)
    }
    return String(validating: bytes, as: UTF8.self)
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }
}
