import Foundation

/// Watches folders and hands every burst of changes to a handler on a thread of its own,
/// one burst at a time: changes seen while the handler runs are merged into the next burst.
/// What `gazette serve` and `gazette build --watch` rebuild with.
final class RebuildLoop: Sendable {
  private let watcher: ChangeWatcher
  private let changes = ChangeQueue()

  /// Starts watching `roots` and every folder below them.
  init(roots: [URL]) throws {
    watcher = try ChangeWatcher(roots: roots)
  }

  /// Problems met while watching, such as folders that could not be watched.
  var warnings: [String] { watcher.warnings }

  /// Calls `handle` with every burst of changes until `stop`.
  func start(_ handle: @escaping @Sendable (ChangeWatcher.Batch) -> Void) {
    let watching = Thread { [watcher, changes] in watcher.run { changes.add($0) } }
    watching.name = "gazette-watch"
    watching.start()
    let rebuilding = Thread { [changes] in
      while let batch = changes.next() { handle(batch) }
    }
    rebuilding.name = "gazette-rebuild"
    rebuilding.start()
  }

  /// Stops watching; a burst being handled is finished, none is started.
  func stop() {
    watcher.stop()
    changes.close()
  }
}
