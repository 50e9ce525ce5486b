import Foundation

/// Reads every file of a content folder into memory, once.
public enum ContentLoader {
  /// The files of `directory` that Gazette reads (`site.yml` and `*.md`), sorted by path,
  /// and a diagnostic for every file that cannot be read.
  ///
  /// - Parameter displayName: how diagnostics name the folder (`Content`).
  public static func load(from directory: URL, displayName: String) -> (files: [SourceFile], diagnostics: [Diagnostic]) {
    let fileManager = FileManager.default
    var isDirectory: ObjCBool = false
    guard fileManager.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      return ([], [Diagnostic(.error, path: displayName, message: "content folder not found: create it or pass --content DIR")])
    }
    let root = directory.standardizedFileURL.resolvingSymlinksInPath()
    var files: [SourceFile] = []
    var diagnostics: [Diagnostic] = []
    for relativePath in listFiles(in: root) {
      let displayPath = displayName + "/" + relativePath
      guard relativePath == "site.yml" || relativePath.hasSuffix(".md") else { continue }
      let url = root.appendingPathComponent(relativePath)
      guard let data = fileManager.contents(atPath: url.path) else {
        diagnostics.append(Diagnostic(.error, path: displayPath, message: "cannot read the file: check its permissions"))
        continue
      }
      guard let text = String(validating: data, as: UTF8.self) else {
        diagnostics.append(Diagnostic(.error, path: displayPath, message: "the file is not valid UTF-8 text: save it as UTF-8"))
        continue
      }
      files.append(SourceFile(path: relativePath, displayPath: displayPath, text: text))
    }
    return (files, diagnostics)
  }

  /// Paths relative to `root` of every regular file below it, skipping hidden ones, sorted.
  private static func listFiles(in root: URL) -> [String] {
    guard let enumerator = FileManager.default.enumerator(
      at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
    else { return [] }
    let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
    var paths: [String] = []
    for case let url as URL in enumerator {
      guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
      let path = url.standardizedFileURL.path
      guard path.hasPrefix(rootPath) else { continue }
      paths.append(String(path.dropFirst(rootPath.count)))
    }
    return paths.sorted()
  }
}
