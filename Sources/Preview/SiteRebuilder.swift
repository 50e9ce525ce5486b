import Publishing

/// Builds the site for the preview, first whole, then again after every burst of changes.
///
/// The preview only talks to this protocol, so that an incremental build (a future
/// `Builder.rebuild(changedPaths:)` that re-renders only the pages a change touches) can
/// take the place of `FullRebuilder` without touching the server.
public protocol SiteRebuilder: Sendable {
  /// The first build.
  func build() -> BuildResult
  /// A build after `changedPaths` (absolute paths below the content folder) changed; empty
  /// when anything may have changed.
  func rebuild(changedPaths: Set<String>) -> BuildResult
}

/// Rebuilds everything on every change, with `Builder.build`; the output writer still
/// leaves unchanged files alone.
public struct FullRebuilder: SiteRebuilder {
  public let options: BuildOptions

  public init(options: BuildOptions) {
    self.options = options
  }

  public func build() -> BuildResult {
    Builder.build(options)
  }

  public func rebuild(changedPaths: Set<String>) -> BuildResult {
    Builder.build(options)
  }
}
