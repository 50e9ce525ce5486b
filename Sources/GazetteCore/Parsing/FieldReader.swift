import Foundation
import YAML

/// Reads typed fields from YAML front matter, collecting a diagnostic with file, line and
/// column for every field that is missing, of the wrong type or unknown.
struct FieldReader {
  let file: SourceFile
  private(set) var diagnostics: [Diagnostic] = []
  private var fields: [String: (key: YAMLNode, value: YAMLNode)] = [:]
  private var keyOrder: [String] = []
  private let firstLine: Int
  /// The YAML, to turn YAML positions into file positions.
  private let yaml: String
  /// Whether the YAML could be read at all.
  private(set) var isReadable = true

  /// Parses `yaml`, whose first line is line `firstLine` of `file`.
  init(yaml: String, firstLine: Int, in file: SourceFile) {
    self.file = file
    self.firstLine = firstLine
    self.yaml = yaml
    let root: YAMLNode?
    do {
      // Every scalar is read as text; the readers below decide types.
      root = try YAMLNode.parse(yaml)
    } catch {
      isReadable = false
      diagnostics.append(yamlError(error))
      return
    }
    guard let root else { return }
    guard case .mapping(let mapping) = root.content else {
      isReadable = false
      diagnostics.append(
        .error("front matter must be a list of 'key: value' fields", in: file, at: location(of: root)))
      return
    }
    for (key, value) in mapping {
      guard let name = key.text else {
        diagnostics.append(.error("a field name must be plain text", in: file, at: location(of: key)))
        continue
      }
      if fields[name] != nil {
        diagnostics.append(.error("field '\(name)' appears twice", in: file, at: location(of: key)))
        continue
      }
      fields[name] = (key, value)
      keyOrder.append(name)
    }
  }

  /// Where `key`'s value starts, or the start of the front matter.
  func location(ofField key: String) -> SourceLocation {
    fields[key].map { location(of: $0.value) } ?? SourceLocation(line: firstLine, column: 1)
  }

  /// Adds a diagnostic found by the caller.
  mutating func report(_ diagnostic: Diagnostic) {
    diagnostics.append(diagnostic)
  }

  // MARK: - Fields

  /// A text field; an error when it is required and missing.
  mutating func string(_ key: String, required: Bool = false) -> String? {
    guard let node = value(key, required: required) else { return nil }
    guard let text = node.text else {
      diagnostics.append(.error("'\(key)' must be text", in: file, at: location(of: node)))
      return nil
    }
    let trimmed = text.trimmingSpaces()
    if trimmed.isEmpty && required {
      diagnostics.append(.error("'\(key)' must not be empty", in: file, at: location(of: node)))
      return nil
    }
    return trimmed
  }

  /// A whole number.
  mutating func integer(_ key: String, required: Bool = false) -> Int? {
    guard let node = value(key, required: required) else { return nil }
    guard let text = node.text, let number = Int(text) else {
      diagnostics.append(.error("'\(key)' must be a whole number", in: file, at: location(of: node)))
      return nil
    }
    return number
  }

  /// `true` or `false`.
  mutating func boolean(_ key: String) -> Bool? {
    guard let node = value(key, required: false) else { return nil }
    guard case .scalar(let text, isPlain: true) = node.content, let flag = ["true": true, "false": false][text] else {
      diagnostics.append(.error("'\(key)' must be true or false", in: file, at: location(of: node)))
      return nil
    }
    return flag
  }

  /// A date written `YYYY-MM-DD`.
  mutating func day(_ key: String, required: Bool = false) -> Day? {
    guard let node = value(key, required: required) else { return nil }
    guard let text = node.text, let day = Day(text) else {
      let written = node.text ?? ""
      diagnostics.append(
        .error(
          "'\(key)' must be a real date written YYYY-MM-DD, not '\(written)'", in: file,
          at: location(of: node)))
      return nil
    }
    return day
  }

  /// A list of texts (`[a, b]` or one item per line); a single text counts as a list of one.
  mutating func list(_ key: String) -> [Located<String>] {
    guard let node = value(key, required: false) else { return [] }
    switch node.content {
    case .scalar(let text, _):
      let text = text.trimmingSpaces()
      return text.isEmpty ? [] : [Located(text, at: location(of: node))]
    case .sequence(let sequence):
      var items: [Located<String>] = []
      for item in sequence {
        if let text = item.text?.trimmingSpaces(), !text.isEmpty {
          items.append(Located(text, at: location(of: item)))
        } else if item.text == nil {
          diagnostics.append(
            .error("each item of '\(key)' must be text", in: file, at: location(of: item)))
        }
      }
      return items
    default:
      diagnostics.append(.error("'\(key)' must be a list", in: file, at: location(of: node)))
      return []
    }
  }

  /// Warns about every field that no reader asked for, with the closest known name.
  mutating func warnAboutUnknownFields(known: [String]) {
    for key in keyOrder where !known.contains(key) {
      var message = "unknown field '\(key)'"
      if let match = closestMatch(to: key, in: known) {
        message += " (did you mean '\(match)'?)"
      } else {
        message += "; known fields: " + known.joined(separator: ", ")
      }
      diagnostics.append(.warning(message, in: file, at: location(of: fields[key]!.key)))
    }
  }

  // MARK: - Helpers

  private mutating func value(_ key: String, required: Bool) -> YAMLNode? {
    guard let node = fields[key]?.value, !node.isNull else {
      if required && isReadable {
        diagnostics.append(
          .error(
            "missing required field '\(key)'", in: file, at: SourceLocation(line: max(1, firstLine - 1), column: 1))
        )
      }
      return nil
    }
    return node
  }

  private func location(of node: YAMLNode) -> SourceLocation {
    location(line: node.mark.line, scalarColumn: node.mark.column)
  }

  /// Turns a YAML position (1-based, columns in Unicode scalars) into a file position with
  /// columns in UTF-8 bytes.
  private func location(line: Int, scalarColumn: Int) -> SourceLocation {
    let fileLine = firstLine + line - 1
    let text = yamlLine(line)
    let prefix = text.unicodeScalars.prefix(max(0, scalarColumn - 1))
    let column = prefix.reduce(0) { $0 + UTF8.width($1) } + 1
    return SourceLocation(line: fileLine, column: column)
  }

  /// Line `number` (1-based) of the YAML; empty when there is no such line.
  private func yamlLine(_ number: Int) -> Substring {
    guard let range = yaml.utf8Range(ofLine: number) else { return "" }
    let utf8 = yaml.utf8
    return yaml[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
  }

  /// Line `number` of the YAML as `key: "value"` when it reads `key: value` with a value
  /// that holds `: ` (`title: New: …`, which YAML takes for a second mapping); nil
  /// otherwise.
  private func quotedValue(onLine number: Int) -> String? {
    let line = yamlLine(number)
    guard let colon = line.range(of: ": ") else { return nil }
    let key = line[..<colon.lowerBound]
    let value = line[colon.upperBound...].trimmingCharacters(in: .whitespaces)
    guard !key.isEmpty, !key.hasPrefix(" "), value.contains(": "), !value.hasPrefix("\""), !value.hasPrefix("'")
    else { return nil }
    let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    return "\(key): \"\(escaped)\""
  }

  private func yamlError(_ error: YAMLError) -> Diagnostic {
    var message = "front matter is not valid YAML: \(error.problem)"
    if let context = error.context { message += " (\(context))" }
    if error.problem == "mapping values are not allowed in this context",
      let quoted = quotedValue(onLine: error.mark.line)
    {
      message += "; a value that holds ': ' must be quoted: \(quoted)"
    }
    return .error(message, in: file, at: location(line: error.mark.line, scalarColumn: error.mark.column))
  }
}

/// A value with the place in the file it was read from.
public struct Located<Value: Sendable & Hashable>: Sendable, Hashable {
  public var value: Value
  public var location: SourceLocation

  public init(_ value: Value, at location: SourceLocation) {
    self.value = value
    self.location = location
  }
}

extension YAMLNode {
  fileprivate var isNull: Bool {
    guard case .scalar(let text, isPlain: true) = content else { return false }
    return ["", "~", "null", "Null", "NULL"].contains(text)
  }
}
