import Foundation

/// The changes waiting for a rebuild. The watcher adds bursts as it sees them, also while a
/// rebuild runs; the rebuild takes them all at once, so that saves made during a long
/// rebuild lead to one more rebuild, timed from the first of them.
final class ChangeQueue: @unchecked Sendable {
  private let condition = NSCondition()
  private var pending: ChangeWatcher.Batch?
  private var isClosed = false

  /// Adds a burst of changes to those waiting.
  func add(_ batch: ChangeWatcher.Batch) {
    condition.lock()
    defer { condition.unlock() }
    if var waiting = pending {
      waiting.merge(batch)
      pending = waiting
    } else {
      pending = batch
    }
    condition.signal()
  }

  /// Waits for changes and takes them all; nil once the queue is closed.
  func next() -> ChangeWatcher.Batch? {
    condition.lock()
    defer { condition.unlock() }
    while pending == nil, !isClosed { condition.wait() }
    guard !isClosed else { return nil }
    defer { pending = nil }
    return pending
  }

  /// Wakes the rebuild and ends it: `next` returns nil from now on.
  func close() {
    condition.lock()
    defer { condition.unlock() }
    isClosed = true
    condition.broadcast()
  }
}

extension ChangeWatcher.Batch {
  /// Adds the changes of a later burst: every path, the earlier first sighting.
  mutating func merge(_ other: ChangeWatcher.Batch) {
    paths.formUnion(other.paths)
    firstSeen = min(firstSeen, other.firstSeen)
    isComplete = isComplete && other.isComplete
  }
}
