import Foundation

/// A file of the content folder, found but not yet read: a build reads only the files whose
/// stamp differs from the last build's.
public struct ContentEntry: Sendable {
  /// The path inside the content folder, with `/`: `issues/2017-23/03-china-laos.md`.
  public let path: String
  /// The path as the editor sees it: `Content/issues/2017-23/03-china-laos.md`.
  public let displayPath: String
  /// What tells a changed file from an unchanged one; nil when unknown or too recent to
  /// trust (the file is read every time).
  public private(set) var stamp: FileStamp?
  private let source: Source

  private enum Source: Sendable {
    /// A file on disk, by its real path.
    case disk(String)
    /// A file already in memory.
    case memory(SourceFile)
  }

  init(path: String, displayPath: String, stamp: FileStamp?, location: String) {
    self.path = path
    self.displayPath = displayPath
    self.stamp = stamp
    self.source = .disk(location)
  }

  /// A file already in memory, which has no stamp.
  public init(_ file: SourceFile) {
    path = file.path
    displayPath = file.displayPath
    stamp = nil
    source = .memory(file)
  }

  /// The same file, known to have changed since it was found: with no stamp, so that it is
  /// read again.
  public var changed: ContentEntry {
    var entry = self
    entry.stamp = nil
    return entry
  }

  /// The file's text; nil and one error when it is not usable text (unreadable, empty,
  /// binary or not UTF-8).
  public func read() -> (file: SourceFile?, diagnostics: [Diagnostic]) {
    switch source {
    case .disk(let location): ContentLoader.read(location, relative: path, displayPath: displayPath)
    case .memory(let file): (file, [])
    }
  }
}

/// A file's identity and version as the file system tells them, without reading it: its
/// inode, size and modification time (to the nanosecond).
public struct FileStamp: Sendable, Hashable {
  public var inode: UInt64
  public var size: Int64
  public var modified: Int64

  public init(inode: UInt64, size: Int64, modified: Int64) {
    self.inode = inode
    self.size = size
    self.modified = modified
  }

  init(_ info: stat) {
    self.init(
      inode: UInt64(info.st_ino), size: Int64(info.st_size),
      modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
  }
}
