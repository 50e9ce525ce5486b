/// A problem found in the content, with where it is, as a compiler reports it.
public struct Diagnostic: Error, Hashable, Comparable, CustomStringConvertible {
  public enum Severity: String, Sendable, Hashable {
    case error
    case warning
  }

  public var severity: Severity
  /// The file as the editor knows it: `Content/issues/2017-23/03-china-laos.md`.
  public var path: String
  /// 1-based line, if the problem has one.
  public var line: Int?
  /// 1-based column in UTF-8 bytes, if the problem has one.
  public var column: Int?
  public var message: String
  /// The line of the file the problem is on, shown under the message with a caret.
  public var sourceLine: String?

  public init(
    _ severity: Severity, path: String, line: Int? = nil, column: Int? = nil, message: String,
    sourceLine: String? = nil
  ) {
    self.severity = severity
    self.path = path
    self.line = line
    self.column = column
    self.message = message
    self.sourceLine = sourceLine
  }

  public static func error(_ message: String, in file: SourceFile, at location: SourceLocation? = nil)
    -> Diagnostic
  {
    Diagnostic(.error, file: file, location: location, message: message)
  }

  public static func warning(_ message: String, in file: SourceFile, at location: SourceLocation? = nil)
    -> Diagnostic
  {
    Diagnostic(.warning, file: file, location: location, message: message)
  }

  init(_ severity: Severity, file: SourceFile, location: SourceLocation?, message: String) {
    self.init(
      severity, path: file.displayPath, line: location?.line, column: location?.column, message: message,
      sourceLine: location.map { file.line($0.line) })
  }

  /// An error at `place`, found after its file was parsed.
  static func error(_ message: String, at place: SourcePlace) -> Diagnostic {
    Diagnostic(.error, at: place, message: message)
  }

  /// A problem at `place`, found after its file was parsed.
  init(_ severity: Severity, at place: SourcePlace, message: String) {
    self.init(
      severity, path: place.displayPath, line: place.location?.line, column: place.location?.column,
      message: message, sourceLine: place.sourceLine)
  }

  public var isError: Bool { severity == .error }

  /// `path:line:column: error: message`, the form editors' tools understand.
  public var description: String {
    var text = path
    if let line {
      text += ":\(line)"
      if let column { text += ":\(column)" }
    }
    return text + ": \(severity.rawValue): \(message)"
  }

  /// The description, then the source line with a caret under the column.
  public var longDescription: String {
    guard let sourceLine, let column else { return description }
    let prefix = sourceLine.utf8.prefix(max(0, column - 1))
    let indent: String = String(decoding: prefix, as: UTF8.self).map { $0 == "\t" ? "\t" : " " }.joined()
    return "\(description)\n\(sourceLine)\n\(indent)^"
  }

  /// By file, then position, so that output is stable.
  public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
    if lhs.path != rhs.path { return lhs.path < rhs.path }
    let left = (lhs.line ?? 0, lhs.column ?? 0)
    let right = (rhs.line ?? 0, rhs.column ?? 0)
    return left != right ? left < right : lhs.message < rhs.message
  }
}

/// Where something is written, kept with its line of text so that a problem found later,
/// once every file is parsed, can be reported without reading the file again.
public struct SourcePlace: Sendable, Hashable {
  /// The file as the editor knows it.
  public var displayPath: String
  public var location: SourceLocation?
  public var sourceLine: String?

  public init(displayPath: String, location: SourceLocation? = nil, sourceLine: String? = nil) {
    self.displayPath = displayPath
    self.location = location
    self.sourceLine = sourceLine
  }

  public init(_ file: SourceFile, at location: SourceLocation? = nil) {
    self.init(displayPath: file.displayPath, location: location, sourceLine: location.map { file.line($0.line) })
  }
}

/// A position in a source file: 1-based line, 1-based column in UTF-8 bytes.
public struct SourceLocation: Sendable, Hashable {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }
}
