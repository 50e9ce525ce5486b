import Foundation
import GazetteCore

/// Where the parse cache of an output folder is kept: beside the folder, in a hidden
/// folder, so that it is never published with the site. `Site/` has its cache in
/// `.gazette-cache/Site`.
public struct CacheStore: Sendable {
  public let file: URL

  public init(output: URL) {
    let output = output.standardizedFileURL
    file = output.deletingLastPathComponent().appendingPathComponent(".gazette-cache")
      .appendingPathComponent(output.lastPathComponent)
  }

  /// The stored cache, or an empty one when there is none or it is damaged or was made by
  /// another Gazette.
  public func load(version: String) -> ParseCache {
    guard let data = FileManager.default.contents(atPath: file.path) else { return ParseCache(version: version) }
    return ParseCache(decoding: [UInt8](data), version: version)
  }

  /// Stores `cache`, replacing the stored one in one step. A cache that cannot be stored
  /// only makes the next build slower, so failure is silent.
  public func save(_ cache: ParseCache) {
    let folder = file.deletingLastPathComponent()
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try? Data(cache.encoded()).write(to: file, options: .atomic)
  }
}
