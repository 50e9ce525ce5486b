import ArgumentParser
import Foundation
import GazetteCore
import Markdown

/// `gazette render`: one Markdown file's HTML, as the site renders it.
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Print the HTML of one Markdown file, as the site renders it.",
    discussion: "Front matter, if the file has any, is left out. Use '-' to read standard input.")

  @Argument(help: ArgumentHelp("The Markdown file, or '-' for standard input.", valueName: "file"))
  var file: String

  @Flag(inversion: .prefixedNo, help: "Curly quotes, dashes and ellipses.")
  var smart = true

  @Flag(name: .customLong("raw-html"), inversion: .prefixedNo, help: "Pass raw HTML through.")
  var rawHTML = true

  @Flag(name: .customLong("heading-ids"), inversion: .prefixedNo, help: "Give headings an id made from their text.")
  var headingIDs = true

  func run() throws {
    let data: Data
    if file == "-" {
      data = FileHandle.standardInput.readDataToEndOfFile()
    } else {
      guard let contents = FileManager.default.contents(atPath: file) else {
        throw ValidationError("cannot read \(file): check that the file exists")
      }
      data = contents
    }
    guard let text = String(validating: data, as: UTF8.self) else {
      throw ValidationError("\(file) is not valid UTF-8 text")
    }
    let options = MarkdownOptions(usesSmartPunctuation: smart, allowsRawHTML: rawHTML, addsHeadingIDs: headingIDs)
    let source = SourceFile(path: file, text: text)
    FileHandle.standardOutput.write(Data(MarkdownBody.render(source, options: options).utf8))
  }
}
