import Foundation
import Testing

@testable import Preview

@Suite struct ChangeWatcherTests {
  /// A watcher running on its own thread over a new temporary folder, collecting batches.
  final class Running: @unchecked Sendable {
    let folder: URL
    let watcher: ChangeWatcher
    private let lock = NSLock()
    private var received: [ChangeWatcher.Batch] = []
    private let finished = DispatchSemaphore(value: 0)

    init() throws {
      folder = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-watch-\(UUID().uuidString)")
      try FileManager.default.createDirectory(
        at: folder.appendingPathComponent("issues/a"), withIntermediateDirectories: true)
      watcher = try ChangeWatcher(roots: [folder])
      let thread = Thread { [self] in
        watcher.run { batch in
          self.lock.lock()
          self.received.append(batch)
          self.lock.unlock()
        }
        finished.signal()
      }
      thread.start()
    }

    var batches: [ChangeWatcher.Batch] {
      lock.lock()
      defer { lock.unlock() }
      return received
    }

    /// Waits about three seconds for a batch that holds `path`.
    func waitForBatch(containing path: String) async throws -> ChangeWatcher.Batch? {
      let deadline = ContinuousClock.now + .seconds(3)
      while true {
        // Checked once more after the deadline: a busy machine may have kept this task waiting.
        let isLate = ContinuousClock.now >= deadline
        if let batch = batches.first(where: { $0.paths.contains(folder.path + "/" + path) }) { return batch }
        if isLate { return nil }
        try await Task.sleep(for: .milliseconds(10))
      }
    }

    func write(_ path: String, _ text: String = "x") throws {
      try Data(text.utf8).write(to: folder.appendingPathComponent(path))
    }

    func stop() -> Bool {
      watcher.stop()
      defer { try? FileManager.default.removeItem(at: folder) }
      return finished.wait(timeout: .now() + 3) == .success
    }
  }

  @Test func aSaveIsReportedOnceAfterTheBurst() async throws {
    let running = try Running()
    for round in 0..<5 { try running.write("issues/a/01-article.md", "version \(round)") }
    let batch = try #require(await running.waitForBatch(containing: "issues/a/01-article.md"))
    #expect(batch.isComplete)
    try await Task.sleep(for: .milliseconds(200))
    #expect(running.batches.count == 1)
    #expect(running.stop())
  }

  @Test func newFoldersAreWatchedAsTheyAppear() async throws {
    let running = try Running()
    let manager = FileManager.default
    try manager.createDirectory(
      at: running.folder.appendingPathComponent("issues/b/deeper"), withIntermediateDirectories: true)
    try running.write("issues/b/deeper/early.md")
    #expect(try await running.waitForBatch(containing: "issues/b/deeper/early.md") != nil)
    try await Task.sleep(for: .milliseconds(100))
    try running.write("issues/b/deeper/later.md")
    #expect(try await running.waitForBatch(containing: "issues/b/deeper/later.md") != nil)
    #expect(running.watcher.watchedFolderCount == 5)
    #expect(running.stop())
  }

  @Test func renamesAndDeletionsAreChangesToo() async throws {
    let running = try Running()
    try running.write("issues/a/.01-article.md.swp")
    try running.write("issues/a/draft.tmp")
    try FileManager.default.moveItem(
      at: running.folder.appendingPathComponent("issues/a/draft.tmp"),
      to: running.folder.appendingPathComponent("issues/a/02-article.md"))
    let batch = try #require(await running.waitForBatch(containing: "issues/a/02-article.md"))
    #expect(!batch.paths.contains { $0.hasSuffix(".swp") })
    try FileManager.default.removeItem(at: running.folder.appendingPathComponent("issues/a/02-article.md"))
    try await Task.sleep(for: .milliseconds(300))
    #expect(running.batches.count == 2)
    #expect(running.stop())
  }

  @Test(arguments: [".git", ".01.md.swp", "01.md~", "4913", "notes.swp"])
  func editorsScratchFilesAreIgnored(name: String) {
    #expect(ChangeWatcher.isIgnored(name))
  }

  @Test func ordinaryFilesAreNotIgnored() {
    #expect(!ChangeWatcher.isIgnored("01-article.md"))
    #expect(!ChangeWatcher.isIgnored("site.yml"))
  }
}

@Suite struct ChangeQueueTests {
  @Test func burstsWaitingForARebuildAreTakenTogether() {
    let queue = ChangeQueue()
    let start = ContinuousClock.now
    queue.add(ChangeWatcher.Batch(paths: ["/c/a.md"], firstSeen: start + .milliseconds(5)))
    queue.add(ChangeWatcher.Batch(paths: ["/c/b.md"], firstSeen: start, isComplete: false))
    queue.add(ChangeWatcher.Batch(paths: ["/c/a.md"], firstSeen: start + .milliseconds(9)))
    let batch = queue.next()
    #expect(batch?.paths == ["/c/a.md", "/c/b.md"])
    #expect(batch?.firstSeen == start)
    #expect(batch?.isComplete == false)
  }

  @Test func closingEndsTheWait() async {
    let queue = ChangeQueue()
    let waiter = Thread { _ = queue.next() }
    waiter.start()
    queue.close()
    #expect(queue.next() == nil)
    queue.add(ChangeWatcher.Batch(paths: ["/c/a.md"], firstSeen: .now))
    #expect(queue.next() == nil)
  }
}
