import Foundation
import GazetteCore

/// Shows a build's progress on one line of standard error while the build runs, from half
/// a second in, and removes it at the end; nothing at all when standard error is not a
/// terminal.
final class ProgressLine {
  let progress = BuildProgress()
  private let queue = DispatchQueue(label: "gazette.progress")
  private let timer: (any DispatchSourceTimer)?

  init() {
    guard isatty(STDERR_FILENO) == 1 else {
      timer = nil
      return
    }
    let timer = DispatchSource.makeTimerSource(queue: queue)
    timer.schedule(deadline: .now() + 0.5, repeating: 0.2)
    timer.setEventHandler { [progress] in
      FileHandle.standardError.write(Data("\r\u{1B}[KBuilding: \(progress.description)".utf8))
    }
    timer.resume()
    self.timer = timer
  }

  /// Stops the updates and clears the line.
  func finish() {
    guard let timer else { return }
    timer.cancel()
    // The handler runs on the timer's queue: wait for a running one to end.
    queue.sync {}
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }
}
