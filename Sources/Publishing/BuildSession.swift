import Foundation
import GazetteCore
import Templates

/// Builds one site again and again, as `gazette serve` does, keeping what the last build
/// made in memory: the parse cache, and the site it wrote. An edit to articles or reports
/// that leaves them where they are in the site (the same date, countries, programs, links;
/// see `SiteAssembler.applyEdits`) is applied to that site directly: the edited files
/// are parsed, and only the pages that show or list them are looked at; when only the
/// text below the first paragraph changed, which no list shows, only the pages that show
/// the text. Any other change builds the whole site, using the cache.
///
/// The output folder is taken to be written by this session alone: an edit is written
/// without checking the folder again.
public struct BuildSession: Sendable {
  public private(set) var cache: ParseCache
  /// What the last build wrote; nil when it wrote nothing.
  private var last: WrittenSite?

  public init(cache: ParseCache) {
    self.cache = cache
  }

  /// A build of the whole content folder.
  public mutating func build(_ options: BuildOptions) -> BuildResult {
    let (result, written) = Builder.buildKeepingSite(options, cache: &cache)
    last = written
    return result
  }

  /// A build after the files at `changedPaths` (absolute paths below the content folder)
  /// changed, with the options of the builds before it; empty when anything may have
  /// changed.
  public mutating func rebuild(_ options: BuildOptions, changedPaths: Set<String>) -> BuildResult {
    applyingEdits(at: changedPaths, options) ?? build(options)
  }

  /// The edits at `changedPaths` applied to the last build's site; nil when the whole site
  /// must be built.
  private mutating func applyingEdits(at changedPaths: Set<String>, _ options: BuildOptions) -> BuildResult? {
    let start = DispatchTime.now()
    guard !changedPaths.isEmpty, var written = last else { return nil }
    // The last build's site and manifest are now held here alone, so they are edited in
    // place rather than copied: on a large site, copying them would take most of the time.
    last = nil
    let root = options.content.standardizedFileURL.path + "/"
    var edited: [ContentEntry] = []
    for path in changedPaths.sorted() {
      guard path.hasPrefix(root), let entry = written.entry(at: String(path.dropFirst(root.count))) else { return nil }
      edited.append(entry.changed)
    }
    guard
      let edits = SiteAssembler.applyEdits(
        edited, to: &written.site, diagnostics: &written.diagnostics, cache: &cache)
    else { return nil }
    written.items.forget(edits.replaced)
    let outputs =
      edits.changedOnlyBodies
      ? makeOutputs(for: written.site, showingBodiesOf: edits.entries)
      : makeOutputs(for: written.site, listing: edits.entries, items: written.items)
    let writer = OutputWriter(directory: options.output, version: Builder.version)
    guard let report = try? writer.rewrite(outputs, manifest: &written.manifest) else { return nil }
    last = written
    return BuildResult(
      diagnostics: written.diagnostics, report: report, parsedFiles: edited.count, pageCount: written.pageCount,
      seconds: Builder.seconds(since: start))
  }
}

/// What a build wrote, kept by `BuildSession` for the next one.
struct WrittenSite: Sendable {
  /// The content files, by path.
  var entries: [ContentEntry]
  var site: Site
  /// The list items its pages were written with, for the pages an edit writes again.
  let items: EntryItems
  /// The output folder's manifest.
  var manifest: Manifest
  var diagnostics: [Diagnostic]
  var pageCount: Int

  /// The content file at `path` (inside the content folder).
  func entry(at path: String) -> ContentEntry? {
    let index = entries.partitioningIndex { $0.path >= path }
    return index < entries.count && entries[index].path == path ? entries[index] : nil
  }
}
