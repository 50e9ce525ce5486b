import ArgumentParser
import Foundation
import Publishing

/// `gazette build`: the whole site, or compiler-style diagnostics and a non-zero exit.
struct BuildCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build",
    abstract: "Build the site from the content folder into the output folder.",
    discussion: "Nothing is written when the content has errors; the previous site stays as it was.")

  @OptionGroup var options: ContentOptions

  @Option(name: .long, help: ArgumentHelp("The output folder.", valueName: "dir"))
  var output = "Site"

  @Flag(name: .long, help: "Write into an output folder that holds files Gazette did not write (they are left alone).")
  var force = false

  func run() throws {
    let progressLine = ProgressLine()
    let result = Builder.build(
      BuildOptions(
        content: options.contentURL, output: URL(fileURLWithPath: output), baseURL: options.baseURL,
        publishing: options.publishing, allowsForeignFiles: force, progress: progressLine.progress))
    progressLine.finish()
    DiagnosticPrinter.print(result.diagnostics, warningLimit: 50)
    guard let report = result.report, !result.hasErrors else {
      throw ExitCode.failure
    }
    let time = String(format: "%.2f", result.seconds)
    print(
      "Built \(result.pageCount) pages into \(output)/ in \(time) s (\(counted(result.parsedFiles, "file")) parsed; "
        + "\(counted(report.written, "file")) written, \(report.unchanged) unchanged, \(report.removed) removed)")
    if case .built = result.searchIndex { print("Search: \(result.searchIndex!)") }
  }
}

/// "1 file", "2 files".
private func counted(_ count: Int, _ noun: String) -> String {
  "\(count) \(noun)\(count == 1 ? "" : "s")"
}
