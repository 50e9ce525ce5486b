import Foundation
import GazetteCore

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

  public init(
    content: URL, output: URL, baseURL: String? = nil, publishing: PublishOptions = .everything,
    allowsForeignFiles: Bool = false, searchIndexing: SearchIndexing = .automatic
  ) {
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
  /// How many HTML pages the site has.
  public var pageCount: Int
  /// Wall-clock seconds.
  public var seconds: Double
  /// What the search step did; nil when the build stopped before it.
  public var searchIndex: SearchIndexOutcome? = nil

  public var hasErrors: Bool { diagnostics.contains(where: \.isError) }
}

/// The build, in four steps: load the content folder, assemble the site (parsing every
/// file), write every page, index the pages for search (when Pagefind is installed).
/// Nothing is written unless the content has no errors; a search index that cannot be
/// made is a warning, never a failed build.
public enum Builder {
  public static func build(_ options: BuildOptions) -> BuildResult {
    let start = DispatchTime.now()
    let (site, diagnostics) = assemble(options)
    guard let site else {
      return BuildResult(diagnostics: diagnostics, report: nil, pageCount: 0, seconds: seconds(since: start))
    }
    let writer = OutputWriter(directory: options.output)
    let outputs = makeOutputs(for: site)
    do {
      let report = try writer.write(outputs, content: options.content, allowsForeignFiles: options.allowsForeignFiles)
      let search = SearchIndex.build(
        site: options.output, indexing: options.searchIndexing, environment: ProcessInfo.processInfo.environment)
      var problems: [Diagnostic] = []
      if case .failed = search {
        problems.append(Diagnostic(.warning, path: options.output.path, message: search.description))
      }
      return BuildResult(
        diagnostics: diagnostics + problems, report: report, pageCount: outputs.count { $0.path.hasSuffix(".html") },
        seconds: seconds(since: start), searchIndex: search)
    } catch {
      let problem = Diagnostic(.error, path: options.output.path, message: "\(error)")
      return BuildResult(
        diagnostics: diagnostics + [problem], report: nil, pageCount: 0, seconds: seconds(since: start))
    }
  }

  /// Loads and assembles the site without writing anything.
  public static func assemble(_ options: BuildOptions) -> (site: Site?, diagnostics: [Diagnostic]) {
    let (files, loadProblems) = ContentLoader.load(
      from: options.content, displayName: displayName(of: options.content))
    guard !files.isEmpty || loadProblems.isEmpty else { return (nil, loadProblems) }
    let (site, problems) = SiteAssembler.assemble(files, baseURL: options.baseURL, publishing: options.publishing)
    let diagnostics = (loadProblems + problems).sorted()
    return (diagnostics.contains(where: \.isError) ? nil : site, diagnostics)
  }

  /// How diagnostics name the content folder: as given, relative to the working folder.
  static func displayName(of folder: URL) -> String {
    let path = folder.standardizedFileURL.path
    let current = FileManager.default.currentDirectoryPath
    if path.hasPrefix(current + "/") { return String(path.dropFirst(current.count + 1)) }
    return path
  }

  private static func seconds(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
  }
}
