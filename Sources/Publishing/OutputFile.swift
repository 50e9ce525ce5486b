import GazetteCore

/// One file of the generated site, rendered only when it is about to be written.
public struct OutputFile: Sendable {
  /// The path inside the output folder: `issues/23/index.html`.
  public let path: String
  /// A digest of everything the file is made from: when it is the last build's, the file
  /// is the same and is neither rendered nor written.
  public let inputs: UInt64
  /// Makes the file's content.
  public let render: @Sendable () -> String

  public init(path: String, inputs: UInt64, render: @escaping @Sendable () -> String) {
    self.path = path
    self.inputs = inputs
    self.render = render
  }
}
