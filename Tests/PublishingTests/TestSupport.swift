import Foundation

/// The repository's root folder.
let repositoryRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A new empty folder under the system's temporary folder.
func makeTemporaryFolder() throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-test-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

/// Writes `files` (path → text) under `folder`.
func write(_ files: [String: String], to folder: URL) throws {
  for (path, text) in files {
    let url = folder.appendingPathComponent(path)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }
}

/// Every regular file under `folder`, by relative path, with its bytes.
func snapshot(of folder: URL) throws -> [String: Data] {
  var files: [String: Data] = [:]
  let root = folder.resolvingSymlinksInPath().path + "/"
  let enumerator = FileManager.default.enumerator(at: folder.resolvingSymlinksInPath(), includingPropertiesForKeys: [.isRegularFileKey])
  while let url = enumerator?.nextObject() as? URL {
    guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
    let path = url.resolvingSymlinksInPath().path
    files[String(path.dropFirst(root.count))] = try Data(contentsOf: url)
  }
  return files
}

/// The values of every `href` and `src` attribute in `html`.
func linkTargets(in html: String) -> [String] {
  var targets: [String] = []
  for attribute in ["href=\"", "src=\""] {
    var rest = html[...]
    while let start = rest.range(of: " " + attribute) {
      rest = rest[start.upperBound...]
      guard let end = rest.firstIndex(of: "\"") else { break }
      targets.append(String(rest[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
      rest = rest[end...]
    }
  }
  return targets
}

/// The values of every `id` attribute in `html`.
func ids(in html: String) -> Set<String> {
  var ids: Set<String> = []
  var rest = html[...]
  while let start = rest.range(of: " id=\"") {
    rest = rest[start.upperBound...]
    guard let end = rest.firstIndex(of: "\"") else { break }
    ids.insert(String(rest[..<end]))
    rest = rest[end...]
  }
  return ids
}

/// `relative` resolved against `folder`, both relative to the site's root.
func resolve(_ relative: String, from folder: String) -> String {
  var components = folder.split(separator: "/").map(String.init)
  for component in relative.split(separator: "/") {
    switch component {
    case ".": continue
    case "..": if !components.isEmpty { components.removeLast() }
    default: components.append(String(component))
    }
  }
  return components.joined(separator: "/")
}
