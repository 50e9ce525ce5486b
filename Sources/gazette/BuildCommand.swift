import ArgumentParser
import Foundation
import Preview
import Publishing
import GazetteCore

/// `gazette build`: the whole site, or compiler-style diagnostics and a non-zero exit.
struct BuildCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build",
    abstract: "Build the site from the content folder into the output folder.",
    discussion: """
      Nothing is written when the content has errors; the previous site stays as it was. \
      With --watch, the build stays running after the first build and brings the output \
      folder up to date after every save, until Ctrl-C; the search index stays the first \
      build's.
      """)

  @OptionGroup var options: ContentOptions

  @Option(name: .long, help: ArgumentHelp("The output folder.", valueName: "dir"))
  var output = "Site"

  @Flag(name: .long, help: "Write into an output folder that holds files Gazette did not write (they are left alone).")
  var force = false

  @Flag(name: .long, help: "After the build, rebuild what each save to the content folder changes, until Ctrl-C.")
  var watch = false

  func run() async throws {
    let progressLine = ProgressLine()
    let buildOptions = BuildOptions(
      content: options.contentURL, output: URL(fileURLWithPath: output), baseURL: options.baseURL,
      publishing: options.publishing, allowsForeignFiles: force, progress: progressLine.progress)
    let watched = watch ? WatchedBuild(options: buildOptions, outputName: output) : nil
    let result = watched?.build() ?? Builder.build(buildOptions)
    progressLine.finish()
    DiagnosticPrinter.print(result.diagnostics, warningLimit: 50)
    if result.report != nil, !result.hasErrors {
      let time = String(format: "%.2f", result.seconds)
      say("Built \(result.pageCount) pages into \(output)/ in \(time) s \(result.counts)")
      if case .built = result.searchIndex { say("Search: \(result.searchIndex!)") }
    } else if watched == nil {
      throw ExitCode.failure
    } else {
      say("The content has errors: nothing was written. Fix them and save.")
    }
    guard let watched else { return }
    let console = PreviewConsole(say: say, report: { DiagnosticPrinter.print($0, warningLimit: 50) })
    do {
      try await watched.watch(after: result, console: console)
    } catch let error as PreviewError {
      FileHandle.standardError.write(Data("error: \(error)\n".utf8))
      throw ExitCode.failure
    }
  }
}

/// Writes `line` to standard output at once: a watching build runs for hours, and its lines
/// must not wait in a buffer.
private func say(_ line: String) {
  FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
