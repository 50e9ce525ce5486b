import Foundation
import GazetteCore

#if canImport(Glibc)
  import Glibc
#endif

/// Where the parse cache of an output folder is kept: beside the folder, in a hidden
/// folder, so that it is never published with the site. `Site/` has its cache in
/// `.gazette-cache/Site/`: an `index` and one `.part` file per content folder.
public struct CacheStore: Sendable {
  public let folder: URL

  public init(output: URL) {
    let output = output.standardizedFileURL
    folder = output.deletingLastPathComponent().appendingPathComponent(".gazette-cache")
      .appendingPathComponent(output.lastPathComponent)
  }

  /// The stored cache; an empty one when there is none or its index is damaged or was made
  /// by another Gazette. Damaged parts are left out.
  public func load(version: String) -> ParseCache {
    guard let index = FileManager.default.contents(atPath: folder.appendingPathComponent("index").path) else {
      return ParseCache(version: version)
    }
    return ParseCache(index: [UInt8](index), version: version) {
      // Read only once the index is known to be this Gazette's.
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      return names.filter { $0.hasSuffix(".part") }.parallelMap { name in
        FileManager.default.contents(atPath: folder.appendingPathComponent(name).path).map { [UInt8]($0) } ?? []
      }
    }
  }

  /// Stores the parts of `cache` the last build changed (all of it when it started from
  /// nothing), each replaced in one step. A cache that cannot be stored only makes the
  /// next build slower, so failure is silent.
  public func save(_ cache: ParseCache) {
    guard cache.isNew || !cache.changedFolders.isEmpty else { return }
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var folders: Set<String>? = cache.changedFolders
    if cache.isNew {
      // Parts of an older cache would not match the new index: remove them all.
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      for name in names where name.hasSuffix(".part") {
        try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
      }
      store(cache.encodedIndex(), in: folder.appendingPathComponent("index"))
      folders = nil
    }
    _ = cache.encodedParts(for: folders).parallelMap { part in
      let file = partFile(for: part.folder)
      if let bytes = part.bytes {
        store(bytes, in: file)
      } else {
        try? FileManager.default.removeItem(at: file)
      }
    }
  }

  /// Replaces `file` with `bytes` in one step: written beside it, then renamed over it.
  /// Not synced to disk: after a crash a part may be damaged, and its hash says so.
  private func store(_ bytes: [UInt8], in file: URL) {
    let temporary = file.path + ".tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return }
    let complete = bytes.withUnsafeBytes { writeAll($0, to: descriptor) }
    close(descriptor)
    if !complete || rename(temporary, file.path) != 0 { unlink(temporary) }
  }

  /// The file holding the part for a content folder, named by a hash of its path.
  private func partFile(for contentFolder: String) -> URL {
    var hash = StableHash()
    hash.combine(contentFolder)
    return folder.appendingPathComponent(String(hash.value, radix: 16) + ".part")
  }
}
