import ArgumentParser
import Foundation
import Publishing

/// `gazette build`: the whole site, or compiler-style diagnostics and a non-zero exit.
struct BuildCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build",
    abstract: "Build the site from the content folder into the output folder.",
    discussion: "Nothing is written when the content has errors; the previous site stays as it was.")

  @Option(name: .long, help: ArgumentHelp("The content folder.", valueName: "dir"))
  var content = "Content"

  @Option(name: .long, help: ArgumentHelp("The output folder.", valueName: "dir"))
  var output = "Site"

  @Option(
    name: .customLong("base-url"),
    help: ArgumentHelp("The address the site is published at; replaces site.yml's base_url.", valueName: "url"))
  var baseURL: String?

  func validate() throws {
    if let baseURL, !(baseURL.hasPrefix("http://") || baseURL.hasPrefix("https://")) {
      throw ValidationError("--base-url must start with http:// or https://, as in https://example.org/newsletter/")
    }
  }

  func run() throws {
    let options = BuildOptions(
      content: URL(fileURLWithPath: content), output: URL(fileURLWithPath: output), baseURL: baseURL)
    let result = Builder.build(options)
    DiagnosticPrinter.print(result.diagnostics)
    guard let report = result.report, !result.hasErrors else {
      throw ExitCode.failure
    }
    let time = String(format: "%.2f", result.seconds)
    print(
      "Built \(result.pageCount) pages into \(output)/ in \(time) s "
        + "(\(report.written) files written, \(report.unchanged) unchanged, \(report.removed) removed)")
  }
}
