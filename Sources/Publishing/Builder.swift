import Foundation
import GazetteCore
import Templates

/// What to build, and where.
public struct BuildOptions: Sendable {
  /// The content folder.
  public var content: URL
  /// The output folder.
  public var output: URL
  /// Replaces `site.yml`'s `base_url` when given.
  public var baseURL: String?
  /// Which drafts and future entries are published.
  public var publishing: PublishOptions
  /// Writes into an output folder even though it holds files Gazette did not write
  /// (they are left alone).
  public var allowsForeignFiles: Bool
  /// Whether Pagefind makes a search index after the pages are written.
  public var searchIndexing: SearchIndexing
  /// Counts the work as it happens, for a progress line.
  public var progress: BuildProgress?

  public init(
    content: URL, output: URL, baseURL: String? = nil, publishing: PublishOptions = .everything,
    allowsForeignFiles: Bool = false, searchIndexing: SearchIndexing = .automatic, progress: BuildProgress? = nil
  ) {
    self.progress = progress
    self.content = content
    self.output = output
    self.baseURL = baseURL
    self.publishing = publishing
    self.allowsForeignFiles = allowsForeignFiles
    self.searchIndexing = searchIndexing
  }
}

/// The outcome of a build.
public struct BuildResult: Sendable {
  /// Every problem found, errors and warnings, sorted.
  public var diagnostics: [Diagnostic]
  /// What was written; nil when the build stopped before writing.
  public var report: WriteReport?
  /// How many content files were read and parsed; the others' parses came from the cache.
  public var parsedFiles = 0
  /// How many HTML pages the site has.
  public var pageCount: Int
  /// Wall-clock seconds.
  public var seconds: Double
  /// What the search step did; nil when the build stopped before it.
  public var searchIndex: SearchIndexOutcome? = nil

  public var hasErrors: Bool { diagnostics.contains(where: \.isError) }

  /// What happened to the files, for the line that reports a build: "(1 file parsed;
  /// 2 files written, 10991 unchanged, 0 removed)".
  public var counts: String {
    let report = report ?? WriteReport()
    return "(\(counted(parsedFiles, "file")) parsed; \(counted(report.written, "file")) written, "
      + "\(report.unchanged) unchanged, \(report.removed) removed)"
  }
}

/// "1 file", "2 files".
private func counted(_ count: Int, _ noun: String) -> String {
  "\(count) \(noun)\(count == 1 ? "" : "s")"
}

/// The build, in four steps: find the content files, assemble the site (parsing the files
/// the parse cache cannot answer for), write the pages whose inputs changed, index the
/// pages for search (when Pagefind is installed). Nothing is written unless the content has
/// no errors; a search index that cannot be made is a warning, never a failed build.
public enum Builder {
  /// Builds with the parse cache stored beside the output folder (`CacheStore`), and
  /// stores the updated cache (while the pages are written).
  public static func build(_ options: BuildOptions) -> BuildResult {
    let store = CacheStore(output: options.output)
    var cache = store.load(version: version)
    let stored = DispatchGroup()
    let (result, written) = buildKeepingSite(options, cache: &cache) { assembled in
      DispatchQueue.global().async(group: stored) { store.save(assembled) }
    }
    stored.wait()
    releaseInBackground((consume cache, consume written))
    return result
  }

  /// Builds with `cache`, which then holds this build's parses.
  public static func build(_ options: BuildOptions, cache: inout ParseCache) -> BuildResult {
    let (result, written) = buildKeepingSite(options, cache: &cache)
    releaseInBackground(consume written)
    return result
  }

  /// A build with `cache`, and what it wrote: what `BuildSession` needs to apply an edit
  /// without building all again. Nil when nothing was written.
  ///
  /// - Parameter assembled: called with the cache once it holds this build's parses,
  ///   before the pages are written.
  static func buildKeepingSite(
    _ options: BuildOptions, cache: inout ParseCache, assembled: (ParseCache) -> Void = { _ in }
  ) -> (BuildResult, WrittenSite?) {
    let start = DispatchTime.now()
    let (entries, site, diagnostics) = assemble(options, cache: &cache)
    assembled(cache)
    guard let site else {
      let result = BuildResult(
        diagnostics: diagnostics, report: nil, parsedFiles: cache.parsedCount, pageCount: 0,
        seconds: seconds(since: start))
      return (result, nil)
    }
    let writer = OutputWriter(directory: options.output, version: version)
    let items = EntryItems()
    let outputs = makeOutputs(for: site, items: items)
    do {
      let (report, manifest) = try writer.writeSite(
        outputs, content: options.content, allowsForeignFiles: options.allowsForeignFiles, progress: options.progress)
      let pageCount = outputs.count { $0.path.hasSuffix(".html") }
      releaseInBackground(consume outputs)
      let search = SearchIndex.build(
        site: options.output, indexing: options.searchIndexing, environment: ProcessInfo.processInfo.environment)
      var problems: [Diagnostic] = []
      if case .failed = search {
        problems.append(Diagnostic(.warning, path: options.output.path, message: search.description))
      }
      let result = BuildResult(
        diagnostics: diagnostics + problems, report: report, parsedFiles: cache.parsedCount,
        pageCount: pageCount, seconds: seconds(since: start), searchIndex: search)
      let written = WrittenSite(
        entries: entries, site: site, items: items, manifest: manifest, diagnostics: diagnostics,
        pageCount: pageCount)
      return (result, written)
    } catch {
      let problem = Diagnostic(.error, path: options.output.path, message: "\(error)")
      let result = BuildResult(
        diagnostics: diagnostics + [problem], report: nil, parsedFiles: cache.parsedCount, pageCount: 0,
        seconds: seconds(since: start))
      return (result, nil)
    }
  }

  /// Loads and assembles the site without writing anything, parsing every file (the cache
  /// it fills is dropped, so it needs no version).
  public static func assemble(_ options: BuildOptions) -> (site: Site?, diagnostics: [Diagnostic]) {
    var cache = ParseCache(version: "")
    let (_, site, diagnostics) = assemble(options, cache: &cache)
    return (site, diagnostics)
  }

  /// The content files found, and the site made of them.
  private static func assemble(
    _ options: BuildOptions, cache: inout ParseCache
  ) -> (entries: [ContentEntry], site: Site?, diagnostics: [Diagnostic]) {
    let (entries, scanProblems) = ContentLoader.scan(options.content, displayName: displayName(of: options.content))
    guard !entries.isEmpty || scanProblems.isEmpty else { return (entries, nil, scanProblems) }
    let (site, problems) = SiteAssembler.assemble(
      entries, cache: &cache, baseURL: options.baseURL, publishing: options.publishing, progress: options.progress)
    // The assembler's diagnostics come sorted.
    let diagnostics = scanProblems.isEmpty ? problems : (scanProblems + problems).sorted()
    return (entries, diagnostics.contains(where: \.isError) ? nil : site, diagnostics)
  }

  /// Which Gazette is running, so that a new build of Gazette (new templates, say) never
  /// trusts what an older one cached or wrote: the build ID the linker stamps into the
  /// executable, or else a hash of the executable's bytes.
  public static let version: String = {
    if let id = ExecutableBuildID.current { return id }
    guard let bytes = FileManager.default.contents(atPath: "/proc/self/exe") else { return "unknown" }
    return String(bytes.withUnsafeBytes(StableHash.of), radix: 16)
  }()

  /// How diagnostics name the content folder: as given, relative to the working folder.
  static func displayName(of folder: URL) -> String {
    let path = folder.standardizedFileURL.path
    let current = FileManager.default.currentDirectoryPath
    if path.hasPrefix(current + "/") { return String(path.dropFirst(current.count + 1)) }
    return path
  }

  static func seconds(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
  }
}
