import GazetteCore

/// One file of the generated site, rendered only when it is about to be written.
public struct OutputFile: Sendable {
  /// The path inside the output folder: `issues/23/index.html`.
  public let path: String
  /// Makes the file's content.
  public let render: @Sendable () -> String

  public init(path: String, render: @escaping @Sendable () -> String) {
    self.path = path
    self.render = render
  }
}
