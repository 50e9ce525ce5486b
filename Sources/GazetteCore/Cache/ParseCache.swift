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
  /// What the last build parsed its files with (in memory only): edits applied without
  /// assembling the site again are parsed with it too.
  var context: ParseContext?

  public init(version: String) {
    self.version = version
  }

  /// The folders (`issues/2017-23`, `reports`) whose files' parses the last build changed:
  /// only their part of the stored cache needs storing again.
  public internal(set) var changedFolders: Set<String> = []
  /// Whether the last build started from nothing: the whole cache needs storing.
  public internal(set) var isNew = true

  /// How many files' parses it holds.
  public var count: Int { parses.count }

  /// How many files the last build parsed (the others' parses came from the cache).
  public internal(set) var parsedCount = 0

  /// Starts a build: drops everything made with another `site.yml`.
  mutating func prepare(configText: String?) {
    changedFolders = []
    parsedCount = 0
    if configText != self.configText {
      self = ParseCache(version: version)
      self.configText = configText
    }
  }

  /// The folder of a content path, which is the part of the stored cache it is kept in.
  static func folder(of path: String) -> String {
    guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
    return String(path[..<slash])
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
  /// Hashes of what the file became (for an `issue.md`, its header too).
  var digest: SourceDigest

  init(stamp: FileStamp?, issueStamp: FileStamp?, result: ParseResult, header: IssueHeader?) {
    self.stamp = stamp
    self.issueStamp = issueStamp
    self.result = result
    var writer = BinaryWriter()
    writer.write(header)
    writer.write(result)
    // The stored form leaves the body's HTML out, as lists do; the full digest must not.
    let listing = writer.bytes.withUnsafeBytes(StableHash.of)
    var full = StableHash()
    full.combine(listing)
    full.combine(result.parsed.body?.html ?? "")
    digest = SourceDigest(full: full.value, listing: listing)
  }

  /// The same parse with its body rendered again from `entry` when a page first needs it:
  /// a parse from the stored cache has no body HTML.
  func renderingBody(from entry: ContentEntry, kind: ContentParser.Kind, context: ParseContext) -> CachedParse {
    guard let body = result.parsed.body, body.lacksHTML else { return self }
    var parse = self
    parse.result.parsed = result.parsed.replacingBody(
      with: body.deferringHTML {
        // The stamp still matches, so the file renders as it did; if it has changed since,
        // its new stamp makes the next build parse it anew.
        guard let file = entry.read().file else { return "" }
        return ContentParser.parse(file, kind: kind, context: context).parsed.body?.html ?? ""
      })
    return parse
  }

  private init(stamp: FileStamp?, issueStamp: FileStamp?, result: ParseResult, digest: SourceDigest) {
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
    writer.write(digest.full)
    writer.write(digest.listing)
  }

  init(from reader: inout BinaryReader) throws {
    self.init(
      stamp: try reader.read(), issueStamp: try reader.read(), result: try reader.read(),
      digest: SourceDigest(full: try reader.read(), listing: try reader.read()))
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
  static let formatVersion = "gazette-parse-cache 4"

  /// The cache is stored in parts: an index (which Gazette, which `site.yml`) and one part
  /// per content folder, so that a build stores again only the folders it changed. Each
  /// part ends with a hash of its bytes and names the index it belongs to.
  public func encodedIndex() -> [UInt8] {
    sealed { writer in
      writer.write(Self.formatVersion)
      writer.write(version)
      writer.write(configText)
    }
  }

  /// The part for each of `folders` (every folder the cache holds something from when
  /// nil); nil for a folder it holds nothing from.
  public func encodedParts(for folders: Set<String>? = nil) -> [(folder: String, bytes: [UInt8]?)] {
    var headersByFolder: [String: [Keyed<CachedHeader>]] = [:]
    var parsesByFolder: [String: [Keyed<CachedParse>]] = [:]
    for (path, header) in headers {
      let folder = Self.folder(of: path)
      guard folders?.contains(folder) ?? true else { continue }
      headersByFolder[folder, default: []].append(Keyed(key: path, value: header))
    }
    for (path, parse) in parses {
      let folder = Self.folder(of: path)
      guard folders?.contains(folder) ?? true else { continue }
      parsesByFolder[folder, default: []].append(Keyed(key: path, value: parse))
    }
    let folders = folders ?? Set(headersByFolder.keys).union(parsesByFolder.keys)
    let indexHash = self.indexHash
    return folders.sorted().parallelMap { [headersByFolder, parsesByFolder] folder in
      let headers = (headersByFolder[folder] ?? []).sorted { $0.key < $1.key }
      let parses = (parsesByFolder[folder] ?? []).sorted { $0.key < $1.key }
      guard !headers.isEmpty || !parses.isEmpty else { return (folder, nil) }
      return (
        folder,
        sealed { writer in
          writer.write(indexHash)
          writer.write(headers)
          writer.write(parses)
        }
      )
    }
  }

  /// The cache stored in `index` and the parts `readParts` reads, which it calls only when
  /// the index is whole and made by Gazette `version`; parts that are damaged or belong to
  /// another index are left out (their files are parsed again). An empty cache otherwise.
  public init(index: [UInt8], version: String, parts readParts: () -> [[UInt8]]) {
    self.init(version: version)
    let configText: String?? = Self.unsealed(index) { reader in
      guard try reader.read(String.self) == Self.formatVersion, try reader.read(String.self) == version else {
        throw CorruptCache()
      }
      return try reader.read(String?.self)
    }
    guard let configText else { return }
    self.configText = configText
    isNew = false
    let indexHash = self.indexHash
    // Decoded on all cores, merged in order.
    let decoded = readParts().parallelMap { part in
      Self.unsealed(part) { reader -> ([Keyed<CachedHeader>], [Keyed<CachedParse>]) in
        guard try reader.read(UInt64.self) == indexHash else { throw CorruptCache() }
        return (try reader.read(), try reader.read())
      }
    }
    parses.reserveCapacity(decoded.reduce(0) { $0 + ($1?.1.count ?? 0) })
    for case let (headers, parses)? in decoded {
      for header in headers { self.headers[header.key] = header.value }
      for parse in parses { self.parses[parse.key] = parse.value }
    }
  }

  /// What ties a part to its index: the same Gazette and the same `site.yml`.
  private var indexHash: UInt64 {
    encodedIndex().withUnsafeBytes(StableHash.of)
  }

  /// Bytes written by `body`, then their hash.
  private func sealed(_ body: (inout BinaryWriter) -> Void) -> [UInt8] {
    var writer = BinaryWriter()
    body(&writer)
    writer.write(writer.bytes.withUnsafeBytes(StableHash.of))
    return writer.bytes
  }

  /// What `body` reads from `bytes` if their hash is right and `body` reads them all.
  private static func unsealed<Value>(_ bytes: [UInt8], _ body: (inout BinaryReader) throws -> Value) -> Value? {
    guard bytes.count >= 8 else { return nil }
    return bytes.withUnsafeBytes { buffer -> Value? in
      let contents = UnsafeRawBufferPointer(rebasing: buffer.dropLast(8))
      var hashReader = BinaryReader(UnsafeRawBufferPointer(rebasing: buffer.suffix(8)))
      guard let hash = try? hashReader.read(UInt64.self), hash == StableHash.of(contents) else { return nil }
      var reader = BinaryReader(contents)
      guard let value = try? body(&reader), reader.isAtEnd else { return nil }
      return value
    }
  }
}

/// A value stored with its key.
private struct Keyed<Value: BinaryCodable & Sendable>: BinaryCodable, Sendable {
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

extension ParseResult {
  /// Whether this parse of a file, an article or a report, leaves it where `old` put it in
  /// the site: the same date, issue, number, draft state, countries, programs and heading
  /// ids, the same links (wherever they are in the text), and no error.
  func keepsPlaces(of old: ParseResult) -> Bool {
    guard let place = parsed.place, place == old.parsed.place, !diagnostics.contains(where: \.isError) else {
      return false
    }
    return links.map(\.unplaced) == old.links.map(\.unplaced)
  }
}

/// What puts an article or a report where it is in the site.
private struct EntryPlace: Equatable {
  var isArticle: Bool
  var date: Day
  var issueNumber: Int
  var order: Int
  var slug: String
  var isDraft: Bool
  var countries: [Country]
  var programs: [String]
  var headingIDs: [String]
}

extension ParsedFile {
  fileprivate var place: EntryPlace? {
    switch self {
    case .article(_, let article, _, let isDraft):
      EntryPlace(
        isArticle: true, date: article.date, issueNumber: article.issueNumber, order: article.order,
        slug: article.slug, isDraft: isDraft, countries: article.countries, programs: article.programs,
        headingIDs: article.body.headingIDs)
    case .report(let report, _, let isDraft):
      EntryPlace(
        isArticle: false, date: report.date, issueNumber: 0, order: 0, slug: report.slug, isDraft: isDraft,
        countries: report.countries, programs: report.programs, headingIDs: report.body.headingIDs)
    default:
      nil
    }
  }
}

extension SiteLink {
  /// The link without where it is in its file.
  fileprivate var unplaced: SiteLink {
    var link = self
    link.place = SourcePlace(displayPath: place.displayPath)
    return link
  }
}

extension ParsedFile {
  /// The file's rendered Markdown: an article's or a report's body, an issue's note, a
  /// program's description.
  var body: Fragment? {
    switch self {
    case .issueNote(_, let note): note
    case .article(_, let article, _, _): article.body
    case .report(let report, _, _): report.body
    case .program(let program): program.description
    case .nothing: nil
    }
  }

  /// The article or report the file became.
  var entry: Entry? {
    switch self {
    case .article(_, let article, _, _): .article(article)
    case .report(let report, _, _): .report(report)
    default: nil
    }
  }

  /// The same with `body` in place of the file's rendered Markdown.
  func replacingBody(with body: Fragment) -> ParsedFile {
    switch self {
    case .issueNote(let folder, _):
      return .issueNote(folder: folder, body)
    case .article(let folder, let article, let programs, let isDraft):
      return .article(folder: folder, article.replacingBody(with: body), programs: programs, isDraft: isDraft)
    case .report(let report, let programs, let isDraft):
      return .report(report.replacingBody(with: body), programs: programs, isDraft: isDraft)
    case .program(var program):
      program.description = body
      return .program(program)
    case .nothing:
      return .nothing
    }
  }
}
