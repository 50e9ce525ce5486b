/// A piece of HTML (or XML) markup that is safe to insert as it is.
///
/// Build it with string interpolation: an interpolated `String` is escaped, an interpolated
/// `HTML` is inserted as it is, and anything else (an optional, a number) does not compile.
///
///     let title = "<S&T>"
///     let heading: HTML = "<h1 class=\"title\">\(title)</h1>"   // <h1 …>&lt;S&amp;T&gt;</h1>
///
/// Markup that comes from elsewhere (cmark's output) enters through `HTML(raw:)`, which
/// makes every unescaped insertion visible in review.
public struct HTML: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
  /// The markup.
  public private(set) var markup: String

  /// Wraps markup that is already HTML, such as cmark's output. Nothing is escaped.
  public init(raw markup: String) {
    self.markup = markup
  }

  /// The empty fragment.
  public static let empty = HTML(raw: "")

  public init(stringLiteral literal: String) {
    markup = literal
  }

  public init(stringInterpolation: StringInterpolation) {
    markup = stringInterpolation.markup
  }

  public var description: String { markup }

  public var isEmpty: Bool { markup.isEmpty }

  /// Makes room for `count` bytes of markup in all, for a long page built by appending.
  public mutating func reserveCapacity(_ count: Int) {
    markup.reserveCapacity(count)
  }

  /// Appends another fragment.
  public mutating func append(_ other: HTML) {
    markup += other.markup
  }

  public struct StringInterpolation: StringInterpolationProtocol {
    var markup = ""
    /// Bytes of literal text not yet appended, to make room for them when a large fragment
    /// comes: a page is built by putting a long `main` between short tags, and the closing
    /// tags after it would otherwise make the string grow, and be copied, once more.
    private var literalBytesToCome: Int

    public init(literalCapacity: Int, interpolationCount: Int) {
      markup.reserveCapacity(literalCapacity + interpolationCount * 16)
      literalBytesToCome = literalCapacity
    }

    public mutating func appendLiteral(_ literal: String) {
      markup += literal
      literalBytesToCome -= literal.utf8.count
    }

    /// Text: escaped, safe in element content and in quoted attribute values.
    public mutating func appendInterpolation(_ text: String) {
      HTML.escape(text, into: &markup)
    }

    /// Text from a substring: escaped.
    public mutating func appendInterpolation(_ text: Substring) {
      HTML.escape(String(text), into: &markup)
    }

    /// Markup: inserted as it is.
    public mutating func appendInterpolation(_ fragment: HTML) {
      makeRoom(forLarge: fragment.markup.utf8.count)
      markup += fragment.markup
    }

    /// A list of fragments, one after the other.
    public mutating func appendInterpolation(_ fragments: [HTML]) {
      makeRoom(forLarge: fragments.reduce(0) { $0 + $1.markup.utf8.count })
      for fragment in fragments { markup += fragment.markup }
    }

    /// Before `count` bytes of markup are appended, makes room at once for them, the
    /// literal text still to come and a little more, when `count` is large enough for the
    /// copies this saves to matter. Small insertions leave growing to `String`.
    private mutating func makeRoom(forLarge count: Int) {
      guard count >= 1024 else { return }
      markup.reserveCapacity(markup.utf8.count + count + max(0, literalBytesToCome) + 256)
    }

    /// Refuses everything else: `\(optionalTitle)` or `\(count)` is a compile error.
    /// Convert first: `\(title ?? "")`, `\(String(count))`.
    @available(*, unavailable, message: "interpolate a String (escaped) or HTML (as is)")
    public mutating func appendInterpolation<T>(_ value: T) {}
  }
}

extension HTML {
  /// Escapes `&`, `<`, `>`, `"` and `'` byte by byte and copies the runs in between, so
  /// that no grapheme cluster (a `"` followed by a combining mark) hides a quote. Text with
  /// nothing to escape, the usual case, is appended whole.
  public static func escape(_ text: String, into output: inout String) {
    var bytesOfText = text  // `withUTF8` needs a variable; a native string is not copied
    bytesOfText.withUTF8 { bytes in
      guard needsEscaping(bytes) else {
        output += text
        return
      }
      var runStart = 0
      for index in bytes.indices {
        let replacement: String
        switch bytes[index] {
        case UInt8(ascii: "&"): replacement = "&amp;"
        case UInt8(ascii: "<"): replacement = "&lt;"
        case UInt8(ascii: ">"): replacement = "&gt;"
        case UInt8(ascii: "\""): replacement = "&quot;"
        case UInt8(ascii: "'"): replacement = "&#39;"
        default: continue
        }
        output.append(utf8Range: runStart..<index, of: text)
        output += replacement
        runStart = index + 1
      }
      output.append(utf8Range: runStart..<bytes.count, of: text)
    }
  }

  /// Whether `bytes` hold one of the five bytes `escape` replaces. It ORs a flag for every
  /// byte, with no branch and no early exit: a loop the compiler turns into vector
  /// instructions, much faster than the escaping loop over text with nothing to escape.
  private static func needsEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var hits: UInt8 = 0
    for byte in bytes {
      hits |=
        (byte == UInt8(ascii: "&") ? 1 : 0) | (byte == UInt8(ascii: "<") ? 1 : 0) | (byte == UInt8(ascii: ">") ? 1 : 0)
        | (byte == UInt8(ascii: "\"") ? 1 : 0) | (byte == UInt8(ascii: "'") ? 1 : 0)
    }
    return hits != 0
  }

  /// `text`, escaped.
  public static func escaping(_ text: String) -> String {
    var output = ""
    escape(text, into: &output)
    return output
  }
}

extension Array where Element == HTML {
  /// The fragments one after the other, with `separator` between them.
  public func joined(separator: HTML = .empty) -> HTML {
    HTML(raw: map(\.markup).joined(separator: separator.markup))
  }
}
