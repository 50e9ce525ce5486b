import Cyaml

/// Where something is in a YAML text: the 1-based line, and the 1-based column counted in
/// Unicode scalars, as libyaml counts.
public struct YAMLMark: Sendable, Equatable {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  init(_ mark: yaml_mark_t) {
    self.init(line: mark.line + 1, column: mark.column + 1)
  }
}

/// Why a YAML text could not be read, in libyaml's words: "found unexpected end of stream"
/// (`problem`) "while scanning a quoted scalar" (`context`), at `mark`.
public struct YAMLError: Error, Sendable, Equatable {
  public var problem: String
  public var context: String?
  public var mark: YAMLMark

  public init(problem: String, context: String? = nil, mark: YAMLMark) {
    self.problem = problem
    self.context = context
    self.mark = mark
  }
}

/// A node of a YAML document. Scalars stay text: nothing is turned into a number, a date or
/// a boolean here; the reader of the fields decides what each one must be.
public struct YAMLNode: Sendable {
  public enum Content: Sendable {
    /// Text, and whether it was written plain (not quoted, not a block scalar): only a
    /// plain `null` or `~` means nothing.
    case scalar(String, isPlain: Bool)
    case sequence([YAMLNode])
    case mapping([(key: YAMLNode, value: YAMLNode)])
  }

  public var content: Content
  /// Where the node starts.
  public var mark: YAMLMark

  /// The text of a scalar; nil for a sequence or a mapping.
  public var text: String? {
    guard case .scalar(let text, _) = content else { return nil }
    return text
  }

  /// How many sequences and mappings may be inside one another: far more than any front
  /// matter needs, and few enough that a tree never gets too deep to take apart.
  public static let nestingLimit = 100

  /// The single document of `yaml`; nil when it has none (it is empty, or only comments).
  /// Aliases (`*name`) stand for the node of their anchor (`&name`).
  ///
  /// libyaml's parser reads the text into events; the tree is put together from them here.
  public static func parse(_ yaml: String) throws(YAMLError) -> YAMLNode? {
    var yaml = yaml
    let document = yaml.withUTF8 { bytes in
      Result { () throws(YAMLError) -> YAMLNode? in
        // libyaml asserts that its input is not null: an empty text is no document anyway.
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return nil }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) != 0 else {
          throw YAMLError(problem: "out of memory", mark: YAMLMark(line: 1, column: 1))
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, start, bytes.count)
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        var composer = Composer()
        return try composer.document(from: &parser, bytes: bytes)
      }
    }
    return try document.get()
  }
}

/// Puts the nodes of one document together from libyaml's events.
private struct Composer {
  /// A sequence or mapping whose end has not come yet.
  private struct Open {
    var isMapping: Bool
    var mark: YAMLMark
    var anchor: String?
    var items: [YAMLNode] = []
  }

  private var open: [Open] = []
  private var anchors: [String: YAMLNode] = [:]

  mutating func document(
    from parser: inout yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>
  ) throws(YAMLError) -> YAMLNode? {
    var root: YAMLNode?
    var documents = 0
    while true {
      var event = yaml_event_t()
      guard yaml_parser_parse(&parser, &event) != 0 else { throw Composer.error(of: parser, bytes: bytes) }
      defer { yaml_event_delete(&event) }
      let mark = YAMLMark(event.start_mark)
      switch event.type {
      case YAML_STREAM_END_EVENT:
        return root
      case YAML_DOCUMENT_START_EVENT:
        documents += 1
        if documents > 1 {
          throw YAMLError(
            problem: "but found another document", context: "expected a single document in the stream", mark: mark)
        }
      case YAML_SCALAR_EVENT:
        let scalar = event.data.scalar
        let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
        let node = YAMLNode(content: .scalar(text, isPlain: scalar.style == YAML_PLAIN_SCALAR_STYLE), mark: mark)
        add(node, anchor: Composer.string(scalar.anchor), to: &root)
      case YAML_ALIAS_EVENT:
        let name = Composer.string(event.data.alias.anchor) ?? ""
        guard let node = anchors[name] else { throw YAMLError(problem: "found undefined alias", mark: mark) }
        add(node, anchor: nil, to: &root)
      case YAML_SEQUENCE_START_EVENT where open.count == YAMLNode.nestingLimit,
        YAML_MAPPING_START_EVENT where open.count == YAMLNode.nestingLimit:
        throw YAMLError(
          problem: "found more than \(YAMLNode.nestingLimit) lists and mappings inside one another", mark: mark)
      case YAML_SEQUENCE_START_EVENT:
        open.append(Open(isMapping: false, mark: mark, anchor: Composer.string(event.data.sequence_start.anchor)))
      case YAML_MAPPING_START_EVENT:
        open.append(Open(isMapping: true, mark: mark, anchor: Composer.string(event.data.mapping_start.anchor)))
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        guard let closed = open.popLast() else { continue }
        let content: YAMLNode.Content =
          closed.isMapping
          ? .mapping(stride(from: 0, to: closed.items.count - 1, by: 2).map { (closed.items[$0], closed.items[$0 + 1]) })
          : .sequence(closed.items)
        add(YAMLNode(content: content, mark: closed.mark), anchor: closed.anchor, to: &root)
      default:
        continue
      }
    }
  }

  /// Adds a finished node to the sequence or mapping it is in, or makes it the root.
  private mutating func add(_ node: YAMLNode, anchor: String?, to root: inout YAMLNode?) {
    if let anchor { anchors[anchor] = node }
    if open.isEmpty {
      root = node
    } else {
      open[open.count - 1].items.append(node)
    }
  }

  private static func string(_ text: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    text.map { String(cString: $0) }
  }

  /// The error the parser stopped at. A reader error (a control character, say) has an
  /// offset in bytes rather than a mark; it is turned into a line and column here.
  private static func error(of parser: yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>) -> YAMLError {
    let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
    guard parser.error != YAML_READER_ERROR else {
      return YAMLError(problem: problem, mark: mark(atByte: parser.problem_offset, in: bytes))
    }
    return YAMLError(
      problem: problem, context: parser.context.map { String(cString: $0) }, mark: YAMLMark(parser.problem_mark))
  }

  private static func mark(atByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> YAMLMark {
    let before = bytes.prefix(min(offset, bytes.count))
    let lineStart = (before.lastIndex(of: UInt8(ascii: "\n")) ?? -1) + 1
    // A column counts Unicode scalars: every byte but the continuation bytes starts one.
    let column = before[lineStart...].count { $0 & 0xC0 != 0x80 } + 1
    return YAMLMark(line: before.count { $0 == UInt8(ascii: "\n") } + 1, column: column)
  }
}
