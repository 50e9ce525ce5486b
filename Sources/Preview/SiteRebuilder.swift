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

/// Keeps the parse cache in memory between builds, so that a rebuild reads and parses only
/// the files that changed and renders only the pages they reach. It finds the changes from
/// the files' stamps itself: the paths the watcher reports are not needed. The search
/// index is made by the first build only (Pagefind indexes the whole site, which takes
/// seconds on a large one): after a rebuild, search finds the text of the first build.
public final class IncrementalRebuilder: SiteRebuilder {
  public let options: BuildOptions
  private let cache: Mutex<ParseCache>

  /// Starts from the cache a `gazette build` into the same output folder stored, if any.
  public init(options: BuildOptions) {
    self.options = options
    cache = Mutex(CacheStore(output: options.output).load(version: Builder.version))
  }

  public func build() -> BuildResult {
    cache.withLock { Builder.build(options, cache: &$0) }
  }

  public func rebuild(changedPaths: Set<String>) -> BuildResult {
    var options = options
    options.searchIndexing = .disabled
    return cache.withLock { Builder.build(options, cache: &$0) }
  }
}
