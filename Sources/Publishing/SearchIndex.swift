import Foundation
import GazetteCore

/// Whether and how a build makes the search index.
public enum SearchIndexing: Sendable, Equatable {
  /// With Pagefind when it is on `PATH` (`pagefind_extended` first, then `pagefind`);
  /// without a search index, and without complaint, when it is not.
  case automatic
  /// With this Pagefind executable.
  case executable(URL)
  /// No search index.
  case disabled
}

/// What the search step did.
public enum SearchIndexOutcome: Sendable, Equatable, CustomStringConvertible {
  /// Pagefind indexed the site; `changed` is false when the index is the one already there.
  case built(tool: String, changed: Bool)
  /// No index was made: Pagefind is not installed, or indexing is disabled.
  case skipped(String)
  /// Pagefind failed or its output could not be put in place; the site is written all the same.
  case failed(String)

  public var description: String {
    switch self {
    case .built(let tool, let changed): "search index built with \(tool)\(changed ? "" : " (unchanged)")"
    case .skipped(let reason): "no search index: \(reason)"
    case .failed(let reason): "no new search index: \(reason)"
    }
  }
}

/// The site's search index, made by [Pagefind](https://pagefind.app) after the pages are
/// written: it reads the pages marked with `data-pagefind-body` (articles, reports and
/// issues) and writes its bundle into `pagefind/`, where the search page finds it.
///
/// Pagefind writes into a temporary folder beside the site; the bundle then replaces the old
/// one in two renames, or is dropped when it is byte for byte the one already there, so a
/// failed run leaves the previous index in place. A `pagefind/` folder that Gazette did not
/// make is never replaced.
///
/// The index is made as Chinese (`--force-language zh`): only then does Pagefind's extended
/// build cut Chinese text into words, so that 科学技术部 finds 中华人民共和国科学技术部 in an
/// English page. English words are still found, but without English stemming.
enum SearchIndex {
  /// The executables looked for on `PATH`, in order: the extended build segments Chinese
  /// and Japanese.
  static let executableNames = ["pagefind_extended", "pagefind"]
  /// The bundle's folder in the site.
  static let folderName = "pagefind"
  /// The file in the bundle that says Gazette made it.
  static let markerName = ".gazette-search-index"
  private static let temporaryName = ".gazette-pagefind-new"
  private static let previousName = ".gazette-pagefind-old"

  /// The first of `executableNames` in a folder of `path` (a `PATH` value), if any.
  static func locate(path: String?) -> URL? {
    let folders = (path ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
    for name in executableNames {
      for folder in folders {
        let candidate = URL(fileURLWithPath: folder).appendingPathComponent(name)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder), !isFolder.boolValue,
          FileManager.default.isExecutableFile(atPath: candidate.path)
        {
          return candidate
        }
      }
    }
    return nil
  }

  /// Makes the search index of the site in `site` as `indexing` says.
  static func build(site: URL, indexing: SearchIndexing, environment: [String: String]) -> SearchIndexOutcome {
    switch indexing {
    case .disabled:
      return .skipped("disabled")
    case .executable(let executable):
      return build(site: site, executable: executable)
    case .automatic:
      guard let executable = locate(path: environment["PATH"]) else {
        return .skipped("neither pagefind_extended nor pagefind is on PATH")
      }
      return build(site: site, executable: executable)
    }
  }

  /// Runs `executable` on the site in `site` and puts its bundle in place.
  static func build(site: URL, executable: URL) -> SearchIndexOutcome {
    let fileManager = FileManager.default
    let site = site.standardizedFileURL
    let bundle = site.appendingPathComponent(folderName)
    let fresh = site.appendingPathComponent(temporaryName)
    let previous = site.appendingPathComponent(previousName)
    let tool = executable.lastPathComponent

    if fileManager.fileExists(atPath: bundle.path),
      !fileManager.fileExists(atPath: bundle.appendingPathComponent(markerName).path)
    {
      return .failed("\(bundle.path) was not made by Gazette; move it away to get a search index")
    }
    try? fileManager.removeItem(at: fresh)
    try? fileManager.removeItem(at: previous)

    let arguments = ["--site", site.path, "--output-path", fresh.path, "--force-language", "zh", "--quiet"]
    let run: (status: Int32, output: String)
    do {
      run = try execute(executable, arguments: arguments)
    } catch {
      return .failed("cannot run \(executable.path): \(error.localizedDescription)")
    }
    guard run.status == 0, fileManager.fileExists(atPath: fresh.appendingPathComponent("pagefind-entry.json").path)
    else {
      try? fileManager.removeItem(at: fresh)
      let output = run.output.split(separator: "\n").suffix(8).joined(separator: "\n")
      return .failed("\(tool) exited with status \(run.status)\(output.isEmpty ? "" : ":\n" + output)")
    }
    do {
      try Data("Made by Gazette's build with \(tool); replaced by every build.\n".utf8)
        .write(to: fresh.appendingPathComponent(markerName))
      if fileManager.fileExists(atPath: bundle.path) {
        if sameFiles(bundle, fresh) {
          try fileManager.removeItem(at: fresh)
          return .built(tool: tool, changed: false)
        }
        try fileManager.moveItem(at: bundle, to: previous)
      }
      try fileManager.moveItem(at: fresh, to: bundle)
      try? fileManager.removeItem(at: previous)
      return .built(tool: tool, changed: true)
    } catch {
      try? fileManager.removeItem(at: fresh)
      if !fileManager.fileExists(atPath: bundle.path), fileManager.fileExists(atPath: previous.path) {
        try? fileManager.moveItem(at: previous, to: bundle)
      }
      return .failed("cannot put the search index in place: \(error.localizedDescription)")
    }
  }

  /// Runs a program to its end with standard output and error read together.
  private static func execute(_ executable: URL, arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  /// Whether two folders hold the same files with the same bytes.
  static func sameFiles(_ first: URL, _ second: URL) -> Bool {
    let one = files(in: first)
    let other = files(in: second)
    guard one.keys.sorted() == other.keys.sorted() else { return false }
    for (path, size) in one where other[path] != size { return false }
    for path in one.keys {
      let a = try? Data(contentsOf: first.appendingPathComponent(path))
      let b = try? Data(contentsOf: second.appendingPathComponent(path))
      if a == nil || a != b { return false }
    }
    return true
  }

  /// Every regular file under `folder`, by relative path, with its size.
  private static func files(in folder: URL) -> [String: Int] {
    var result: [String: Int] = [:]
    guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return result }
    while let path = enumerator.nextObject() as? String {
      let attributes = try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(path).path)
      if attributes?[.type] as? FileAttributeType == .typeRegular {
        result[path] = (attributes?[.size] as? NSNumber)?.intValue ?? -1
      }
    }
    return result
  }
}
