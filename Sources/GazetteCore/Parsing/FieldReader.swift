import Foundation
import Yams

/// Reads typed fields from YAML front matter, collecting a diagnostic with file, line and
/// column for every field that is missing, of the wrong type or unknown.
struct FieldReader {
  let file: SourceFile
  private(set) var diagnostics: [Diagnostic] = []
  private var fields: [String: (key: Node, value: Node)] = [:]
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
    let root: Node?
    do {
      // Every scalar is read as text (the basic resolver); the readers below decide types.
      // Nodes are read as they are, never turned into Swift values, so the constructor needs
      // none of the maps that `Constructor.default` builds anew on every call.
      root = try Yams.compose(yaml: yaml, .basic, Constructor([:], [:], [:]), .utf8)
    } catch {
      isReadable = false
      diagnostics.append(yamlError(error))
      return
    }
    guard let root else { return }
    guard case .mapping(let mapping) = root else {
      isReadable = false
      diagnostics.append(
        .error("front matter must be a list of 'key: value' fields", in: file, at: location(of: root)))
      return
    }
    for (key, value) in mapping {
      guard let name = key.scalar?.string else {
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
    guard let text = node.scalar?.string else {
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
    guard let text = node.scalar?.string, let number = Int(text) else {
      diagnostics.append(.error("'\(key)' must be a whole number", in: file, at: location(of: node)))
      return nil
    }
    return number
  }

  /// `true` or `false`.
  mutating func boolean(_ key: String) -> Bool? {
    guard let node = value(key, required: false) else { return nil }
    guard let scalar = node.scalar, scalar.style == .plain, let flag = ["true": true, "false": false][scalar.string]
    else {
      diagnostics.append(.error("'\(key)' must be true or false", in: file, at: location(of: node)))
      return nil
    }
    return flag
  }

  /// A date written `YYYY-MM-DD`.
  mutating func day(_ key: String, required: Bool = false) -> Day? {
    guard let node = value(key, required: required) else { return nil }
    guard let text = node.scalar?.string, let day = Day(text) else {
      let written = node.scalar?.string ?? ""
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
    switch node {
    case .scalar(let scalar):
      let text = scalar.string.trimmingSpaces()
      return text.isEmpty ? [] : [Located(text, at: location(of: node))]
    case .sequence(let sequence):
      var items: [Located<String>] = []
      for item in sequence {
        if let text = item.scalar?.string.trimmingSpaces(), !text.isEmpty {
          items.append(Located(text, at: location(of: item)))
        } else if item.scalar == nil {
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

  private mutating func value(_ key: String, required: Bool) -> Node? {
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

  private func location(of node: Node) -> SourceLocation {
    guard let mark = node.mark else { return SourceLocation(line: firstLine, column: 1) }
    return location(line: mark.line, scalarColumn: mark.column)
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

  private func yamlError(_ error: any Error) -> Diagnostic {
    guard let error = error as? YamlError else {
      return .error("front matter is not valid YAML", in: file, at: SourceLocation(line: firstLine, column: 1))
    }
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      var message = "front matter is not valid YAML: \(problem)"
      if let context { message += " (\(context.text))" }
      if problem == "mapping values are not allowed in this context", let quoted = quotedValue(onLine: mark.line) {
        message += "; a value that holds ': ' must be quoted: \(quoted)"
      }
      return .error(message, in: file, at: location(line: mark.line, scalarColumn: mark.column))
    case .duplicatedKeysInMapping(let duplicates, let context):
      return .error(
        "field '\(duplicates.first ?? "")' appears twice", in: file,
        at: location(line: context.mark.line, scalarColumn: context.mark.column))
    default:
      return .error(
        "front matter is not valid YAML: \(error)", in: file, at: SourceLocation(line: firstLine, column: 1))
    }
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

extension Node {
  fileprivate var isNull: Bool {
    guard let scalar else { return false }
    return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
  }
}
