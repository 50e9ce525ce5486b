import Foundation
import GazetteCore
import Publishing

/// `gazette build --watch`: builds the site into its output folder, then brings the folder
/// up to date after every burst of saves to the content folder, until SIGINT or SIGTERM.
///
/// Like the preview, it keeps the last build in memory (`IncrementalRebuilder`): an edit to
/// an article writes the pages it reaches in tens of milliseconds, on any size of site.
/// While the content has errors nothing is written, and the folder keeps the last site that
/// had none. The search index is the first build's. The parse cache is stored after the
/// first build and on stop, so that the next `gazette build` starts from it.
public struct WatchedBuild: Sendable {
  private let rebuilder: IncrementalRebuilder
  /// How messages name the output folder (`Site`).
  private let outputName: String

  public init(options: BuildOptions, outputName: String) {
    rebuilder = IncrementalRebuilder(options: options)
    self.outputName = outputName
  }

  /// The first build: the whole site. Call it once, before `watch`.
  public func build() -> BuildResult {
    let result = rebuilder.build()
    if result.report != nil { rebuilder.storeCache() }
    return result
  }

  /// Rebuilds after every change to the content folder until the process receives SIGINT
  /// or SIGTERM, and tells `console` what each rebuild did; `first` is what `build` gave.
  public func watch(after first: BuildResult, console: PreviewConsole) async throws {
    let content = rebuilder.options.content
    let loop: RebuildLoop
    do {
      loop = try RebuildLoop(roots: [content])
    } catch {
      throw PreviewError(description: "cannot watch \(content.path): \(error)")
    }
    for warning in loop.warnings { console.say("warning: \(warning)") }
    let signals = TerminationSignal.catchSignals()
    let shownDiagnostics = Locked(first.diagnostics)
    loop.start { [rebuilder, outputName] batch in
      guard let result = rebuilder.rebuild(after: batch, in: content) else { return }
      let (seconds, attoseconds) = (ContinuousClock.now - batch.firstSeen).components
      let elapsed = "\(seconds * 1000 + attoseconds / 1_000_000_000_000_000) ms"
      // Problems are printed when they change, not again after every save: a large site
      // may have thousands of warnings.
      let problemsChanged = shownDiagnostics.withLock { shown in
        defer { shown = result.diagnostics }
        return shown != result.diagnostics
      }
      if problemsChanged { console.report(result.diagnostics) }
      if let report = result.report, !result.hasErrors {
        let wroteNothing = report.written == 0 && report.removed == 0
        console.say(
          "Rebuilt in \(elapsed)"
            + (wroteNothing
              ? ", nothing changed"
              : ": \(result.parsedFiles) parsed, \(report.written) written, \(report.removed) removed"))
      } else {
        console.say("Build failed in \(elapsed): \(outputName)/ keeps the last build without errors.")
      }
    }
    console.say("Watching \(content.path) for changes; press Ctrl-C to stop.")

    for await _ in signals { break }
    loop.stop()
    rebuilder.storeCache()
    console.say("Stopped.")
  }
}
