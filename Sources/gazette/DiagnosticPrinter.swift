import Foundation
import GazetteCore

/// Prints diagnostics to standard error, compiler style, with a count at the end.
enum DiagnosticPrinter {
  static func print(_ diagnostics: [Diagnostic]) {
    guard !diagnostics.isEmpty else { return }
    var text = diagnostics.map(\.longDescription).joined(separator: "\n") + "\n"
    let errors = diagnostics.count(where: \.isError)
    let warnings = diagnostics.count - errors
    text += [plural(errors, "error"), plural(warnings, "warning")].compactMap { $0 }.joined(separator: " and ")
    text += " generated.\n"
    FileHandle.standardError.write(Data(text.utf8))
  }

  private static func plural(_ count: Int, _ word: String) -> String? {
    count == 0 ? nil : "\(count) \(word)\(count == 1 ? "" : "s")"
  }
}
