import Foundation

/// Finds the files of a content folder, and reads them.
public enum ContentLoader {
  /// Every file of `directory` that Gazette reads (`site.yml` and `*.md`), read into memory,
  /// sorted by path, and a diagnostic for every file that cannot be used: unreadable, not
  /// UTF-8 text, binary, empty, or a symbolic link that leads outside the folder.
  ///
  /// - Parameter displayName: how diagnostics name the folder (`Content`).
  public static func load(from directory: URL, displayName: String) -> (files: [SourceFile], diagnostics: [Diagnostic]) {
    let (entries, scanProblems) = scan(directory, displayName: displayName)
    let reads = entries.map { $0.read() }
    return (reads.compactMap(\.file), scanProblems + reads.flatMap(\.diagnostics))
  }

  /// Every file of `directory` that Gazette reads, sorted by path, with its stamp, not yet
  /// read; and a diagnostic for every folder or link that cannot be followed.
  public static func scan(_ directory: URL, displayName: String) -> (entries: [ContentEntry], diagnostics: [Diagnostic]) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue
    else {
      return (
        [], [Diagnostic(.error, path: displayName, message: "content folder not found: create it or pass --content DIR")]
      )
    }
    var walk = Walk(root: directory.standardizedFileURL.resolvingSymlinksInPath().path, displayName: displayName)
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    walk.recentSince = (Int64(now.tv_sec) - 2) * 1_000_000_000
    walk.run()
    return (walk.entries.sorted { $0.path < $1.path }, walk.diagnostics.sorted())
  }

  /// Reads the file at `path`; nil and one error when it is not usable text.
  static func read(_ path: String, relative: String, displayPath: String) -> (SourceFile?, [Diagnostic]) {
    func problem(_ message: String) -> (SourceFile?, [Diagnostic]) {
      (nil, [Diagnostic(.error, path: displayPath, message: message)])
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      return problem("cannot read the file: check its permissions")
    }
    if data.isEmpty {
      return problem("the file is empty: give it front matter between '---' lines")
    } else if data.withUnsafeBytes({ memchr($0.baseAddress!, 0, $0.count) != nil }) {
      return problem("this is a binary file, not Markdown text: remove it or save it as UTF-8 text")
    } else if let text = String(validating: data, as: UTF8.self) {
      return (SourceFile(path: relative, displayPath: displayPath, text: text), [])
    }
    let offset = firstInvalidUTF8Offset(in: data)
    let line = data.prefix(offset).count { $0 == 0x0A } + 1
    let lineStart = data.prefix(offset).lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
    return (
      nil,
      [
        Diagnostic(
          .error, path: displayPath, line: line, column: offset - lineStart + 1,
          message: "the file is not valid UTF-8 text: save it with the UTF-8 encoding")
      ]
    )
  }

  /// The byte offset of the first byte that is not part of a valid UTF-8 sequence.
  static func firstInvalidUTF8Offset(in data: Data) -> Int {
    var decoder = UTF8()
    var iterator = data.makeIterator()
    var offset = 0
    var consumed = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        consumed += UTF8.width(scalar)
        offset = consumed
      case .emptyInput, .error:
        return offset
      }
    }
  }

  /// A walk that follows symbolic links only while they stay inside the root. It goes one
  /// depth at a time, reading the folders of a depth on all cores: the status of every file
  /// is what takes time, and an issue folder's files are its own.
  private struct Walk {
    let root: String
    let displayName: String
    var entries: [ContentEntry] = []
    var diagnostics: [Diagnostic] = []
    var visitedFolders: Set<String> = []
    /// Files modified after this moment (in nanoseconds since 1970) get no stamp: the file
    /// system's clock is coarse, so a second change within the same tick could leave the
    /// stamp as it was. They are read every time until they are older.
    var recentSince: Int64 = .max

    init(root: String, displayName: String) {
      self.root = root
      self.displayName = displayName
    }

    mutating func run() {
      visitedFolders.insert(root)
      var folders = [(path: root, relativePath: "")]
      while !folders.isEmpty {
        let listings = folders.parallelMap { Self.entries(of: $0.path) }
        var next: [(path: String, relativePath: String)] = []
        for (folder, listing) in zip(folders, listings) {
          visit(folder, listing: listing, foldersFound: &next)
        }
        folders = next
      }
    }

    /// Notes the files of `folder`, whose entries are `listing`, and adds the folders in it
    /// not visited yet to `foldersFound`.
    private mutating func visit(
      _ folder: (path: String, relativePath: String), listing: [(name: String, type: Int, info: stat?)]?,
      foldersFound: inout [(path: String, relativePath: String)]
    ) {
      let relativePath = folder.relativePath
      guard let listing else {
        problem("cannot read the folder: check its permissions", at: relativePath)
        return
      }
      for (name, type, info) in listing where !name.hasPrefix(".") {
        var path = folder.path + "/" + name
        let relative = relativePath.isEmpty ? name : relativePath + "/" + name
        var isFolder = type == DT_DIR
        if type == DT_LNK || type == DT_UNKNOWN {
          // Follow the link only while it stays inside the content folder.
          guard let target = resolve(path, relative: relative) else { continue }
          var isDirectory: ObjCBool = false
          guard FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory) else {
            problem("broken symbolic link: its target does not exist", at: relative)
            continue
          }
          path = target
          isFolder = isDirectory.boolValue
        }
        if isFolder {
          if visitedFolders.insert(path).inserted { foldersFound.append((path, relative)) }
        } else if relative == "site.yml" || name.hasSuffix(".md") {
          found(path, relative: relative, info: info)
        } else {
          diagnostics.append(
            Diagnostic(
              .warning, path: displayName + "/" + relative,
              message: "Gazette reads only .md files and site.yml: this file is ignored"))
        }
      }
    }

    /// The names in a folder with their types (`DT_DIR`, `DT_REG`, `DT_LNK`, …), sorted,
    /// and the status of each regular file (read relative to the open folder, which spares
    /// the kernel a walk along the whole path).
    private static func entries(of folder: String) -> [(name: String, type: Int, info: stat?)]? {
      guard let handle = opendir(folder) else { return nil }
      defer { closedir(handle) }
      var entries: [(String, Int, stat?)] = []
      while let entry = readdir(handle) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
          String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
        }
        guard name != "." && name != ".." else { continue }
        let type = Int(entry.pointee.d_type)
        var info = stat()
        let hasInfo = type == DT_REG && fstatat(dirfd(handle), name, &info, AT_SYMLINK_NOFOLLOW) == 0
        entries.append((name, type, hasInfo ? info : nil))
      }
      return entries.sorted { $0.0 < $1.0 }
    }

    /// The real path of `path`; nil (with an error) when a symbolic link leads outside the root.
    private mutating func resolve(_ path: String, relative: String) -> String? {
      let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
      guard real == root || real.hasPrefix(root + "/") else {
        problem("symbolic link leads outside the content folder (to \(real)): copy the file in instead", at: relative)
        return nil
      }
      return real
    }

    private mutating func found(_ path: String, relative: String, info: stat?) {
      var info = info ?? stat()
      guard info.st_ino != 0 || stat(path, &info) == 0 else {
        problem("cannot read the file: check its permissions", at: relative)
        return
      }
      let stamp = FileStamp(info)
      entries.append(
        ContentEntry(
          path: relative, displayPath: displayName + "/" + relative, stamp: stamp.modified < recentSince ? stamp : nil,
          location: path))
    }

    private mutating func problem(_ message: String, at relative: String) {
      diagnostics.append(Diagnostic(.error, path: displayName + "/" + relative, message: message))
    }
  }
}
