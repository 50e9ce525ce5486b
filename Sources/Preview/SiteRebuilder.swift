import Foundation
import GazetteCore
import Publishing
import Synchronization

/// Builds the site for the preview, first whole, then again after every burst of changes.
public protocol SiteRebuilder: Sendable {
  /// The first build.
  func build() -> BuildResult
  /// A build after `changedPaths` (absolute paths below the content folder) changed; empty
  /// when anything may have changed.
  func rebuild(changedPaths: Set<String>) -> BuildResult
}

/// Keeps the last build in memory (`BuildSession`), so that a rebuild reads and parses
/// only the files that changed and renders only the pages they reach; an edit that leaves
/// an article or a report in its place is applied without building the site again.
/// The search index is made by the first build only (Pagefind indexes the whole site, which
/// takes seconds on a large one): after a rebuild, search finds the text of the first build.
public final class IncrementalRebuilder: SiteRebuilder {
  public let options: BuildOptions
  private let session: Mutex<BuildSession>

  /// Starts from the cache a `gazette build` into the same output folder stored, if any.
  public init(options: BuildOptions) {
    self.options = options
    session = Mutex(BuildSession(cache: CacheStore(output: options.output).load(version: Builder.version)))
  }

  public func build() -> BuildResult {
    session.withLock { $0.build(options) }
  }

  public func rebuild(changedPaths: Set<String>) -> BuildResult {
    var options = options
    options.searchIndexing = .disabled
    options.progress = nil
    return session.withLock { $0.rebuild(options, changedPaths: changedPaths) }
  }

  /// Stores the parse cache beside the output folder, for the next `gazette build`.
  public func storeCache() {
    let cache = session.withLock { $0.cache }
    CacheStore(output: options.output).save(cache)
  }
}

extension SiteRebuilder {
  /// The rebuild after `batch`, for the site of the content folder `content`; nil when
  /// nothing in that folder changed.
  func rebuild(after batch: ChangeWatcher.Batch, in content: URL) -> BuildResult? {
    let changes = batch.paths(below: content)
    guard !changes.isEmpty || !batch.isComplete else { return nil }
    return rebuild(changedPaths: batch.isComplete ? changes : [])
  }
}

extension ChangeWatcher.Batch {
  /// The changed paths inside `folder`, the folder itself included.
  func paths(below folder: URL) -> Set<String> {
    let root = folder.standardizedFileURL.path + "/"
    return paths.filter { $0.hasPrefix(root) || $0 + "/" == root }
  }
}
