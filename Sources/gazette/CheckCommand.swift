import ArgumentParser
import GazetteCore
import Publishing

/// `gazette check`: every check of a build, without writing anything.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check the content for problems without writing anything.",
    discussion: "Exit status: 0 when clean, 1 when there are errors (or warnings, with --warnings-as-errors).")

  @OptionGroup var options: ContentOptions

  @Flag(name: .customLong("warnings-as-errors"), help: "Fail on warnings too.")
  var warningsAsErrors = false

  func run() throws {
    let (_, diagnostics) = Builder.assemble(
      BuildOptions(
        content: options.contentURL, output: options.contentURL, baseURL: options.baseURL,
        publishing: options.publishing))
    DiagnosticPrinter.print(diagnostics)
    if diagnostics.contains(where: \.isError) || (warningsAsErrors && !diagnostics.isEmpty) {
      throw ExitCode.failure
    }
    if diagnostics.isEmpty { print("No problems found in \(options.content)/.") }
  }
}
