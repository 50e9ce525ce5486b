import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Saved changes to the files below some folders, found with Linux's inotify: every
/// folder is watched, and folders that appear later are watched as they appear. Events that
/// come in a burst (an editor's save is several) are delivered together, once the files
/// have been quiet for the debounce interval.
///
/// `run` reads the events on the thread that calls it (call it once); `stop` may be
/// called from any thread. Hidden files and folders, and editors' backup and swap files, are left out.
public final class ChangeWatcher: @unchecked Sendable {
  /// The changes of one burst.
  public struct Batch: Sendable {
    /// The absolute paths of the files and folders that changed.
    public var paths: Set<String> = []
    /// When the first change of the burst was seen.
    public var firstSeen: ContinuousClock.Instant
    /// False when the kernel dropped events: anything may have changed.
    public var isComplete = true
  }

  /// Problems met while setting up watches (too many folders, unreadable ones).
  public var warnings: [String] { problems.withLock { $0 } }

  private let inotify: Int32
  private let stopPipe: (read: Int32, write: Int32)
  private let debounce: Duration
  private let longestWait: Duration
  /// Watch descriptors and the folders they watch.
  private let folders = Locked<[Int32: String]>([:])
  private let problems = Locked<[String]>([])

  private static let mask = UInt32(IN_CLOSE_WRITE | IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO)

  /// Watches `roots` and every folder below them.
  ///
  /// - Parameters:
  ///   - debounce: how long the files must be quiet before a burst is delivered.
  ///   - longestWait: a burst that goes on longer is delivered anyway.
  public init(roots: [URL], debounce: Duration = .milliseconds(50), longestWait: Duration = .milliseconds(500)) throws {
    inotify = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
    guard inotify >= 0 else { throw WatchError(description: "cannot watch files: \(String(cString: strerror(errno)))") }
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else {
      let reason = String(cString: strerror(errno))
      close(inotify)
      throw WatchError(description: "cannot watch files: \(reason)")
    }
    for descriptor in fds { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
    stopPipe = (fds[0], fds[1])
    self.debounce = debounce
    self.longestWait = longestWait
    for root in roots {
      _ = watchTree(root.standardizedFileURL.path)
    }
  }

  deinit {
    close(inotify)
    close(stopPipe.read)
    close(stopPipe.write)
  }

  /// The folders being watched.
  public var watchedFolderCount: Int { folders.withLock { $0.count } }

  /// Delivers each burst of changes to `onChange`, on the calling thread, until `stop` is
  /// called. Changes made while `onChange` runs are delivered in the next burst.
  public func run(_ onChange: (Batch) -> Void) {
    var batch: Batch?
    var deadline: ContinuousClock.Instant?
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      var descriptors = [
        pollfd(fd: inotify, events: Int16(POLLIN), revents: 0),
        pollfd(fd: stopPipe.read, events: Int16(POLLIN), revents: 0),
      ]
      let timeout = deadline.map { Self.milliseconds($0 - .now) } ?? -1
      let ready = poll(&descriptors, 2, timeout)
      if ready < 0, errno != EINTR { return }
      if descriptors[1].revents != 0 { return }
      if descriptors[0].revents != 0 {
        let changes = readEvents(into: &buffer)
        if !changes.paths.isEmpty || !changes.isComplete {
          let now = ContinuousClock.now
          var current = batch ?? Batch(firstSeen: now)
          current.paths.formUnion(changes.paths)
          current.isComplete = current.isComplete && changes.isComplete
          batch = current
          deadline = min(now + debounce, current.firstSeen + longestWait)
        }
      }
      if let pending = batch, let due = deadline, due <= .now {
        batch = nil
        deadline = nil
        onChange(pending)
      }
    }
  }

  /// Makes `run` return; safe to call from any thread, more than once.
  public func stop() {
    var byte: UInt8 = 1
    _ = write(stopPipe.write, &byte, 1)
  }

  /// Reads every event waiting; the paths they name, with the files of new folders.
  private func readEvents(into buffer: inout [UInt8]) -> (paths: Set<String>, isComplete: Bool) {
    var paths: Set<String> = []
    var isComplete = true
    while true {
      let count = buffer.withUnsafeMutableBytes { read(inotify, $0.baseAddress, $0.count) }
      if count <= 0 { break }
      var offset = 0
      let headerSize = MemoryLayout<inotify_event>.size
      while offset + headerSize <= count {
        let (descriptor, mask, nameLength) = buffer.withUnsafeBytes { bytes in
          let event = bytes.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
          return (event.wd, event.mask, Int(event.len))
        }
        let nameBytes = buffer[(offset + headerSize)..<min(count, offset + headerSize + nameLength)]
        let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
        offset += headerSize + nameLength

        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
          isComplete = false
          continue
        }
        if mask & UInt32(IN_IGNORED) != 0 {
          folders.withLock { _ = $0.removeValue(forKey: descriptor) }
          continue
        }
        guard let folder = folders.withLock({ $0[descriptor] }), !Self.isIgnored(name) else { continue }
        let path = name.isEmpty ? folder : folder + "/" + name
        paths.insert(path)
        if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
          // Files may have been written into the new folder before its watch was added.
          paths.formUnion(watchTree(path))
        }
      }
    }
    return (paths, isComplete)
  }

  /// Watches `folder` and every folder below it; returns the files found in them.
  private func watchTree(_ folder: String) -> [String] {
    let descriptor = inotify_add_watch(inotify, folder, Self.mask | UInt32(IN_ONLYDIR))
    guard descriptor >= 0 else {
      let code = errno
      let reason =
        code == ENOSPC
        ? "too many folders: raise fs.inotify.max_user_watches" : String(cString: strerror(code))
      if code != ENOENT { problems.withLock { $0.append("cannot watch \(folder): \(reason)") } }
      return []
    }
    folders.withLock { $0[descriptor] = folder }
    var files: [String] = []
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    for entry in entries.sorted() where !Self.isIgnored(entry) {
      let path = folder + "/" + entry
      var info = stat()
      guard lstat(path, &info) == 0 else { continue }
      if info.st_mode & S_IFMT == S_IFDIR {
        files += watchTree(path)
      } else {
        files.append(path)
      }
    }
    return files
  }

  /// Hidden files, editors' backups (`name~`), Vim's swap files and its test file `4913`.
  static func isIgnored(_ name: String) -> Bool {
    name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx")
      || name == "4913"
  }

  private static func milliseconds(_ duration: Duration) -> Int32 {
    let (seconds, attoseconds) = duration.components
    let total = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
    return Int32(clamping: max(0, total))
  }
}

/// A problem setting up the file watcher.
public struct WatchError: Error, CustomStringConvertible {
  public let description: String
}
