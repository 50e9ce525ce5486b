import Foundation
import GazetteCore

/// Prints diagnostics to standard error, compiler style, with a count at the end; in colour
/// when standard error is a terminal (and `NO_COLOR` is not set).
enum DiagnosticPrinter {
  /// Prints every error, and the first `warningLimit` warnings (all when nil) followed by
  /// how many more there are.
  static func print(_ diagnostics: [Diagnostic], warningLimit: Int? = nil) {
    guard !diagnostics.isEmpty else { return }
    let colours = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    let errors = diagnostics.count(where: \.isError)
    let warnings = diagnostics.count - errors
    var shownWarnings = 0
    let shown = diagnostics.filter { diagnostic in
      guard !diagnostic.isError else { return true }
      shownWarnings += 1
      return shownWarnings <= warningLimit ?? .max
    }
    var text = shown.map { colours ? coloured($0) : $0.longDescription }.joined(separator: "\n") + "\n"
    if let warningLimit, warnings > warningLimit {
      text += "… and \(plural(warnings - warningLimit, "more warning")!): run `gazette check` to see them all.\n"
    }
    text += [plural(errors, "error"), plural(warnings, "warning")].compactMap { $0 }.joined(separator: " and ")
    text += " generated.\n"
    FileHandle.standardError.write(Data(text.utf8))
  }

  /// The long description with the location in bold and the severity in red or magenta.
  private static func coloured(_ diagnostic: Diagnostic) -> String {
    let plain = diagnostic.longDescription
    let marker = ": \(diagnostic.severity.rawValue): "
    guard let range = plain.range(of: marker) else { return plain }
    let colour = diagnostic.isError ? "\u{1B}[1;31m" : "\u{1B}[1;35m"
    let location = plain[..<range.lowerBound]
    let rest = plain[range.upperBound...]
    return "\u{1B}[1m\(location)\u{1B}[0m: \(colour)\(diagnostic.severity.rawValue):\u{1B}[0m \(rest)"
  }

  private static func plural(_ count: Int, _ word: String) -> String? {
    count == 0 ? nil : "\(count) \(word)\(count == 1 ? "" : "s")"
  }
}
