/// The list of files Gazette wrote into an output folder, with a fingerprint of each, kept
/// in the folder as `.gazette-manifest`. It tells Gazette's own files from anyone else's,
/// and which pages are unchanged.
struct Manifest: Equatable {
  /// What a file held when it was written; nil when unknown (it will be rewritten).
  struct Fingerprint: Equatable {
    var hash: UInt64
    var size: Int
  }

  static let fileName = ".gazette-manifest"
  private static let header = "gazette-manifest 1"

  var files: [String: Fingerprint?] = [:]

  init(files: [String: Fingerprint?] = [:]) {
    self.files = files
  }

  /// Reads a manifest's text; nil if it is not one.
  init?(text: String) {
    let lines = text.split(separator: "\n")
    guard lines.first == Substring(Manifest.header) else { return nil }
    for line in lines.dropFirst() {
      let fields = line.split(separator: " ", maxSplits: 2)
      guard fields.count == 3 else { return nil }
      let fingerprint = UInt64(fields[0], radix: 16).flatMap { hash in
        Int(fields[1]).map { Fingerprint(hash: hash, size: $0) }
      }
      files[String(fields[2])] = .some(fingerprint)
    }
  }

  /// Whether the build that wrote it finished: an interrupted build leaves files without
  /// fingerprints, and may leave temporary files behind.
  var isComplete: Bool { files.values.allSatisfy { $0 != nil } }

  /// The manifest's text, sorted by path so that it is the same for the same site.
  var text: String {
    var text = Manifest.header + "\n"
    for (path, fingerprint) in files.sorted(by: { $0.key < $1.key }) {
      if let fingerprint {
        text += String(fingerprint.hash, radix: 16) + " " + String(fingerprint.size) + " " + path + "\n"
      } else {
        text += "- - " + path + "\n"
      }
    }
    return text
  }

  /// The FNV-1a hash of `content`'s UTF-8 bytes.
  static func fingerprint(of content: String) -> Fingerprint {
    var content = content
    return content.withUTF8 { bytes in
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for byte in bytes {
        hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
      }
      return Fingerprint(hash: hash, size: bytes.count)
    }
  }
}
