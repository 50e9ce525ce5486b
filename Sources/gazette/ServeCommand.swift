import ArgumentParser
import Foundation
import Preview

/// `gazette serve`: a live preview that rebuilds on every save and reloads open pages.
struct ServeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Build the site, serve it, and rebuild and reload open pages on every save.",
    discussion: """
      The preview builds into a folder of its own, never into the published site. While the \
      content has errors, every page shows them. Stop it with Ctrl-C.
      """)

  @Option(name: .long, help: ArgumentHelp("The content folder.", valueName: "dir"))
  var content = "Content"

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Where the preview builds the site (default: a hidden folder of the temporary folder).", valueName: "dir"))
  var output: String?

  @Option(name: .long, help: ArgumentHelp("The port to listen on; 0 picks a free one.", valueName: "port"))
  var port: UInt16 = 8000

  @Option(
    name: .long,
    help: ArgumentHelp("The address to listen on (loopback unless you say otherwise).", valueName: "address"))
  var host = "127.0.0.1"

  func validate() throws {
    guard PreviewServer.isValidHost(host) else {
      throw ValidationError(
        "--host must be an IP address such as 127.0.0.1, 0.0.0.0 or ::1, or localhost, not '\(host)'")
    }
  }

  func run() async throws {
    let options = PreviewOptions(
      content: URL(fileURLWithPath: content), output: output.map { URL(fileURLWithPath: $0) }, host: host, port: port)
    let console = PreviewConsole(
      say: { line in FileHandle.standardOutput.write(Data((line + "\n").utf8)) },
      report: { DiagnosticPrinter.print($0, warningLimit: 50) })
    do {
      try await PreviewServer(options: options, console: console).run()
    } catch let error as PreviewError {
      FileHandle.standardError.write(Data("error: \(error)\n".utf8))
      throw ExitCode.failure
    }
  }
}
