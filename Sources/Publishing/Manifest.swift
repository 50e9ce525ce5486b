import GazetteCore

/// The list of files Gazette wrote into an output folder, kept in the folder as
/// `.gazette-manifest`. It tells Gazette's own files from anyone else's, which files hold
/// what (a fingerprint of the bytes) and what each was made from (an inputs digest), and
/// which Gazette wrote them: a file whose inputs are unchanged is not rendered again, as
/// long as the same Gazette made it.
struct Manifest: Equatable {
  /// What a written file holds and was made from.
  struct Record: Equatable {
    var hash: UInt64
    var size: Int
    /// The `OutputFile.inputs` it was rendered from; nil when unknown.
    var inputs: UInt64?
  }

  static let fileName = ".gazette-manifest"
  private static let header = "gazette-manifest 2"

  /// The Gazette that wrote the files: its inputs digests hold only for the same one.
  var version: String
  /// Every file, with its record; nil for a file being written (it will be rewritten).
  var files: [String: Record?] = [:]

  init(version: String, files: [String: Record?] = [:]) {
    self.version = version
    self.files = files
  }

  /// Reads a manifest's text; nil if it is not one. A manifest of another Gazette, or of an
  /// earlier form, keeps its files and fingerprints but no inputs.
  init?(text: String, version: String) {
    var lines = text.utf8.split(separator: UInt8(ascii: "\n"))[...]
    guard let first = lines.popFirst().map({ String(Substring($0)) }), first.hasPrefix("gazette-manifest ") else {
      return nil
    }
    let isCurrent = first == Manifest.header + " " + version
    let fieldCount = first.hasPrefix(Manifest.header + " ") ? 4 : 3
    self.version = version
    files.reserveCapacity(lines.count)
    for line in lines {
      let fields = line.split(separator: UInt8(ascii: " "), maxSplits: fieldCount - 1)
      guard fields.count == fieldCount else { return nil }
      let record = Self.hex(fields[0]).flatMap { hash in
        Int(Substring(fields[1])).map { size in
          Record(hash: hash, size: size, inputs: fieldCount == 4 && isCurrent ? Self.hex(fields[2]) : nil)
        }
      }
      files[String(Substring(fields[fieldCount - 1]))] = .some(record)
    }
  }

  private static func hex(_ field: Substring.UTF8View) -> UInt64? {
    UInt64(Substring(field), radix: 16)
  }

  /// Whether the build that wrote it finished: an interrupted build leaves files without
  /// records, and may leave temporary files behind.
  var isComplete: Bool { files.values.allSatisfy { $0 != nil } }

  /// The manifest's text, sorted by path so that it is the same for the same site.
  var text: String {
    var text = Manifest.header + " " + version + "\n"
    let files = files.sorted { $0.key < $1.key }
    text.reserveCapacity(text.utf8.count + files.reduce(0) { $0 + $1.key.utf8.count + 40 })
    for (path, record) in files {
      Manifest.appendLine(path, record, to: &text)
    }
    return text
  }

  /// The lines for `files`, in their order.
  static func lines(_ files: some Sequence<(path: String, record: Record?)>) -> String {
    var text = ""
    for (path, record) in files { appendLine(path, record, to: &text) }
    return text
  }

  /// Adds the line for the file at `path` to `text`. Read in order, the last line for a
  /// path wins, so that lines added at the end update a manifest.
  private static func appendLine(_ path: String, _ record: Record?, to text: inout String) {
    if let record {
      text += String(record.hash, radix: 16)
      text += " "
      text += String(record.size)
      text += " "
      text += record.inputs.map { String($0, radix: 16) } ?? "-"
      text += " "
    } else {
      text += "- - - "
    }
    text += path
    text += "\n"
  }

  /// The hash and size of `content`'s UTF-8 bytes.
  static func record(of content: String, inputs: UInt64) -> Record {
    var content = content
    return content.withUTF8 { bytes in
      Record(hash: StableHash.of(UnsafeRawBufferPointer(bytes)), size: bytes.count, inputs: inputs)
    }
  }
}
