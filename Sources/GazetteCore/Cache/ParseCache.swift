/// What every content file became in the last build, so that the next build reads and
/// parses only what changed.
///
/// A file's parse is reused when its stamp is the same, the `issue.md` of its issue is
/// unchanged, and every page it links to is still at the same address. Everything is
/// dropped when `site.yml` or Gazette itself (`version`) changes. Stored, it is checked
/// whole: damaged bytes give an empty cache, which means a full build, never a wrong site.
public struct ParseCache: Sendable {
  /// Which Gazette made it: a cache from another build of Gazette is not used.
  public let version: String
  /// The text of `site.yml` the parses were made with.
  var configText: String?
  /// The header of each `issue.md`, by content path.
  var headers: [String: CachedHeader] = [:]
  /// Each file's parse, by content path.
  var parses: [String: CachedParse] = [:]

  public init(version: String) {
    self.version = version
  }

  /// Whether the last build changed it: only then is it worth storing again.
  public internal(set) var hasChanged = false

  /// How many files' parses it holds.
  public var count: Int { parses.count }

  /// How many files the last build parsed (the others' parses came from the cache).
  public internal(set) var parsedCount = 0

  /// Starts a build: drops everything made with another `site.yml`.
  mutating func prepare(configText: String?) {
    hasChanged = false
    parsedCount = 0
    if configText != self.configText {
      self = ParseCache(version: version)
      self.configText = configText
      hasChanged = true
    }
  }
}

/// An `issue.md`'s header, as parsed from the file with `stamp`.
struct CachedHeader: Sendable {
  var stamp: FileStamp?
  var header: IssueHeader?
  var diagnostics: [Diagnostic]
}

/// A file's parse, with what it depended on.
struct CachedParse: Sendable {
  var stamp: FileStamp?
  /// The stamp of the `issue.md` of the file's issue, for files of an issue folder.
  var issueStamp: FileStamp?
  var result: ParseResult
  /// A hash of what the file became (for an `issue.md`, its header too).
  var digest: UInt64

  init(stamp: FileStamp?, issueStamp: FileStamp?, result: ParseResult, header: IssueHeader?) {
    self.stamp = stamp
    self.issueStamp = issueStamp
    self.result = result
    var writer = BinaryWriter()
    writer.write(header)
    writer.write(result)
    digest = writer.bytes.withUnsafeBytes(StableHash.of)
  }

  private init(stamp: FileStamp?, issueStamp: FileStamp?, result: ParseResult, digest: UInt64) {
    self.stamp = stamp
    self.issueStamp = issueStamp
    self.result = result
    self.digest = digest
  }

  /// Whether the parse still holds for a file with `stamp` whose issue has `issueStamp`,
  /// when the content files are at `routes`.
  func isValid(stamp: FileStamp?, issueStamp: FileStamp?, routes: [String: PagePath]) -> Bool {
    guard let stamp, stamp == self.stamp, issueStamp == self.issueStamp else { return false }
    return result.links.allSatisfy { routes[$0.targetPath] == $0.route }
  }
}

extension CachedParse: BinaryCodable {
  func write(to writer: inout BinaryWriter) {
    writer.write(stamp)
    writer.write(issueStamp)
    writer.write(result)
    writer.write(digest)
  }

  init(from reader: inout BinaryReader) throws {
    self.init(stamp: try reader.read(), issueStamp: try reader.read(), result: try reader.read(), digest: try reader.read())
  }
}

extension CachedHeader: BinaryCodable {
  func write(to writer: inout BinaryWriter) {
    writer.write(stamp)
    writer.write(header)
    writer.write(diagnostics)
  }

  init(from reader: inout BinaryReader) throws {
    self.init(stamp: try reader.read(), header: try reader.read(), diagnostics: try reader.read())
  }
}

extension ParseCache {
  /// Changes whenever the stored form does.
  static let formatVersion = "gazette-parse-cache 1"

  /// The cache as bytes: a header line, the contents, and a hash of the contents.
  public func encoded() -> [UInt8] {
    var writer = BinaryWriter()
    writer.write(Self.formatVersion)
    writer.write(version)
    writer.write(configText)
    writer.write(headers.sorted { $0.key < $1.key }.map { Keyed(key: $0.key, value: $0.value) })
    writer.write(parses.sorted { $0.key < $1.key }.map { Keyed(key: $0.key, value: $0.value) })
    let hash = writer.bytes.withUnsafeBytes(StableHash.of)
    writer.write(hash)
    return writer.bytes
  }

  /// The cache stored in `bytes` if it is whole and made by Gazette `version`; an empty
  /// cache otherwise.
  public init(decoding bytes: [UInt8], version: String) {
    self.init(version: version)
    guard bytes.count >= 8 else { return }
    let decoded = bytes.withUnsafeBytes { buffer -> ParseCache? in
      let contents = UnsafeRawBufferPointer(rebasing: buffer.dropLast(8))
      var hashReader = BinaryReader(UnsafeRawBufferPointer(rebasing: buffer.suffix(8)))
      guard let hash = try? hashReader.read(UInt64.self), hash == StableHash.of(contents) else { return nil }
      var reader = BinaryReader(contents)
      do {
        guard try reader.read(String.self) == Self.formatVersion, try reader.read(String.self) == version else {
          return nil
        }
        var cache = ParseCache(version: version)
        cache.configText = try reader.read()
        let headers: [Keyed<CachedHeader>] = try reader.read()
        let parses: [Keyed<CachedParse>] = try reader.read()
        guard reader.isAtEnd else { return nil }
        cache.headers = Dictionary(headers.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        cache.parses = Dictionary(parses.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        return cache
      } catch {
        return nil
      }
    }
    if let decoded { self = decoded }
  }
}

/// A value stored with its key.
private struct Keyed<Value: BinaryCodable>: BinaryCodable {
  var key: String
  var value: Value

  init(key: String, value: Value) {
    self.key = key
    self.value = value
  }

  func write(to writer: inout BinaryWriter) {
    writer.write(key)
    writer.write(value)
  }

  init(from reader: inout BinaryReader) throws {
    self.init(key: try reader.read(), value: try reader.read())
  }
}

extension ContentParser.Kind {
  /// The issue folder of an `issue.md` or an article.
  var issueFolder: String? {
    switch self {
    case .issue(let folder), .article(let folder, _, _): folder
    default: nil
    }
  }
}
