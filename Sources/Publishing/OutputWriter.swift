import Dispatch
import Foundation
import GazetteCore

#if canImport(Glibc)
  import Glibc
#endif

/// What a write did.
public struct WriteReport: Sendable, Equatable {
  /// Files written because they are new or changed.
  public var written = 0
  /// Files left alone because they already hold the same bytes.
  public var unchanged = 0
  /// Of those, files not even rendered, because what they are made from is unchanged.
  public var skipped = 0
  /// Files of an earlier build that the site no longer has, removed.
  public var removed = 0
}

/// A problem with the output folder, found before anything is written.
public struct OutputError: Error, CustomStringConvertible {
  public let description: String
}

/// Writes the site into the output folder so that the previous build's files are whole at
/// every moment: each changed file is written beside its final name and renamed into place,
/// a new file is written in place (it replaces nothing; until the build ends the manifest
/// claims it, so that a build killed half way through writes it again), unchanged files are
/// not touched, and files of the previous build that are gone are removed last.
/// Files that Gazette did not write are never changed. A file whose inputs are those the
/// manifest records is not even rendered.
public struct OutputWriter: Sendable {
  public let directory: URL
  /// `directory`'s path, to which file paths are appended.
  private let root: String
  /// Which Gazette writes: the manifest's inputs digests hold only for the same one.
  public let version: String

  public init(directory: URL, version: String) {
    self.directory = directory.standardizedFileURL
    self.root = self.directory.path + "/"
    self.version = version
  }

  /// Writes `outputs`, rendering them on all cores, after checking that the folder is
  /// safe to write: not the content folder, and with no file of someone else's in the way.
  ///
  /// - Parameter allowsForeignFiles: writes into a folder that holds files Gazette did not
  ///   write; they are left alone, and a build that would replace one stops.
  public func write(
    _ outputs: [OutputFile], content: URL, allowsForeignFiles: Bool = false, progress: BuildProgress? = nil
  ) throws -> WriteReport {
    try writeSite(outputs, content: content, allowsForeignFiles: allowsForeignFiles, progress: progress).report
  }

  /// `write`, which also gives the folder's manifest once the files are written.
  func writeSite(
    _ outputs: [OutputFile], content: URL, allowsForeignFiles: Bool = false, progress: BuildProgress? = nil
  ) throws -> (report: WriteReport, manifest: Manifest) {
    let previous = try checkFolder(content: content, outputs: outputs, allowsForeignFiles: allowsForeignFiles)
    let fileManager = FileManager.default
    try fileManager.createDirectory(at: directory, withIntermediateDirectories: true)
    if !previous.isComplete { removeTemporaryFiles() }

    // First, on all cores, the files that need no rendering: made from the same inputs
    // as the manifest records, and still there.
    let kept = outputs.parallelMap { output -> Manifest.Record? in
      guard let old = previous.files[output.path] ?? nil, old.inputs == output.inputs,
        fileSize(output.path) == old.size
      else { return nil }
      return old
    }
    let paths = Set(outputs.map(\.path))
    let stale = previous.files.keys.filter { !paths.contains($0) }.sorted()
    var report = WriteReport()
    report.unchanged = kept.count { $0 != nil }
    report.skipped = report.unchanged
    if report.skipped == outputs.count && stale.isEmpty && previous.isComplete {
      return (report, previous)
    }

    // Until the build ends, the manifest claims every file it may write or remove, without
    // a record: a build killed half way leaves a folder whose next build writes them again.
    var manifest = previous
    for (output, record) in zip(outputs, kept) where record == nil { manifest.files[output.path] = .some(nil) }
    for path in stale { manifest.files[path] = .some(nil) }
    try write(manifest.text, to: Manifest.fileName, atomically: true)

    let rendered = zip(outputs, kept).filter { $0.1 == nil }.map(\.0)
    progress?.willWrite(rendered.count)
    let results = rendered.parallelMap { output -> Result<(Manifest.Record, Bool), any Error> in
      defer { progress?.didWriteOne() }
      let content = output.render()
      let record = Manifest.record(of: content, inputs: output.inputs)
      if let old = previous.files[output.path] ?? nil, old.hash == record.hash, old.size == record.size,
        fileSize(output.path) == record.size
      {
        return .success((record, false))
      }
      do {
        // A file the last build did not write replaces nothing: it is written in place (the
        // claim above names it, so a build killed half way through it writes it again).
        let isNew = previous.files[output.path] == nil
        try write(content, to: output.path, atomically: !isNew)
        return .success((record, true))
      } catch {
        return .failure(error)
      }
    }
    for (output, result) in zip(rendered, results) {
      let (record, wasWritten) = try result.get()
      manifest.files[output.path] = record
      if wasWritten { report.written += 1 } else { report.unchanged += 1 }
    }

    for path in stale {
      if unlink(root + path) == 0 { report.removed += 1 }
      manifest.files[path] = nil
      removeEmptyFolders(above: path)
    }
    manifest.version = version
    try write(manifest.text, to: Manifest.fileName, atomically: true)
    return (report, manifest)
  }

  /// Writes `outputs` into the folder that `manifest` describes, trusting it (the folder is
  /// not checked nor read): the files whose inputs differ from the manifest's are
  /// rendered, and those whose bytes changed are written beside their final name and
  /// renamed into place. The manifest file is updated with lines added at its end, claims
  /// first; `manifest` is then the folder's. For a folder that only this process writes,
  /// such as the preview's.
  func rewrite(_ outputs: [OutputFile], manifest: inout Manifest) throws -> WriteReport {
    // The files whose inputs changed, with their records: `manifest` is then changed in
    // place, not copied (it has a line for every file of the site).
    let changed = outputs.compactMap { output -> (output: OutputFile, old: Manifest.Record?)? in
      let old = manifest.files[output.path] ?? nil
      return old?.inputs == output.inputs ? nil : (output, old)
    }
    var report = WriteReport()
    report.skipped = outputs.count - changed.count
    report.unchanged = report.skipped
    guard !changed.isEmpty else { return report }

    try append(Manifest.lines(changed.map { ($0.output.path, nil) }), to: Manifest.fileName)
    for (output, _) in changed { manifest.files[output.path] = .some(nil) }
    let results = changed.parallelMap { output, old -> Result<(Manifest.Record, Bool), any Error> in
      let content = output.render()
      let record = Manifest.record(of: content, inputs: output.inputs)
      if let old, old.hash == record.hash, old.size == record.size {
        return .success((record, false))
      }
      return Result { try write(content, to: output.path, atomically: true) }.map { (record, true) }
    }
    var records: [(path: String, record: Manifest.Record?)] = []
    for ((output, _), result) in zip(changed, results) {
      let (record, wasWritten) = try result.get()
      manifest.files[output.path] = record
      records.append((output.path, record))
      if wasWritten { report.written += 1 } else { report.unchanged += 1 }
    }
    try append(Manifest.lines(records), to: Manifest.fileName)
    return report
  }

  /// Adds `text` at the end of the file at `path`.
  private func append(_ text: String, to path: String) throws {
    let descriptor = open(root + path, O_WRONLY | O_APPEND | O_CLOEXEC)
    guard descriptor >= 0 else { throw OutputError(description: "cannot write \(root + path): \(errorText())") }
    defer { close(descriptor) }
    var text = text
    guard text.withUTF8({ writeAll(UnsafeRawBufferPointer($0), to: descriptor) }) else {
      throw OutputError(description: "cannot write \(root + path): \(errorText())")
    }
  }

  /// The previous build's manifest, after checking that writing `outputs` harms nothing.
  private func checkFolder(content: URL, outputs: [OutputFile], allowsForeignFiles: Bool) throws -> Manifest {
    let output = directory.resolvingSymlinksInPath().path
    let content = content.standardizedFileURL.resolvingSymlinksInPath().path
    if output == content || content.hasPrefix(output + "/") || output.hasPrefix(content + "/") {
      throw OutputError(description: "the output folder \(directory.path) overlaps the content folder: choose another --output")
    }
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: output), !entries.isEmpty else {
      return Manifest(version: version)
    }
    let manifestURL = directory.appendingPathComponent(Manifest.fileName)
    let previous = (try? String(contentsOf: manifestURL, encoding: .utf8)).flatMap {
      Manifest(text: $0, version: version)
    }
    if previous == nil && !allowsForeignFiles {
      throw OutputError(
        description:
          "the output folder \(directory.path) holds files that Gazette did not write: empty it, choose another --output, or pass --force to write beside them"
      )
    }
    let manifest = previous ?? Manifest(version: version)
    if let first = outputs.first(where: { manifest.files[$0.path] == nil && fileSize($0.path) != nil })?.path {
      throw OutputError(
        description:
          "the output folder \(directory.path) holds \(first), which Gazette did not write and would replace: move it away")
    }
    return manifest
  }

  /// Creates the folders `path` lies in that do not exist yet. The innermost is tried
  /// first: usually only the page's own folder is missing, which takes one call. Two
  /// threads may create the same folder: one of them finds it there, which is fine.
  private func createFolders(of path: String) throws {
    guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return }
    let folder = String(path[..<slash])
    let target = root + folder
    if mkdir(target, 0o755) == 0 || errno == EEXIST { return }
    guard errno == ENOENT else {
      throw OutputError(description: "cannot create the folder \(target): \(errorText())")
    }
    try createFolders(of: folder)
    if mkdir(target, 0o755) != 0 && errno != EEXIST {
      throw OutputError(description: "cannot create the folder \(target): \(errorText())")
    }
  }

  /// Removes the temporary files an interrupted build left behind.
  private func removeTemporaryFiles() {
    let enumerator = FileManager.default.enumerator(atPath: directory.path)
    while let path = enumerator?.nextObject() as? String {
      if path.hasSuffix(OutputWriter.temporarySuffix) { unlink(directory.appendingPathComponent(path).path) }
    }
  }

  private static let temporarySuffix = ".gazette-tmp"

  /// Writes `content` to `path`: when `atomically`, to a temporary file beside it that is
  /// then renamed into place; otherwise to a new file at `path` itself, whose folder most
  /// likely does not exist yet (a page has a folder of its own), so it is made first.
  private func write(_ content: String, to path: String, atomically: Bool) throws {
    let target = root + path
    let temporary = atomically ? target + OutputWriter.temporarySuffix : target
    let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (atomically ? O_TRUNC : O_EXCL)
    if !atomically { try createFolders(of: path) }
    var descriptor = open(temporary, flags, 0o644)
    if descriptor < 0 && errno == ENOENT {
      try createFolders(of: path)
      descriptor = open(temporary, flags, 0o644)
    }
    guard descriptor >= 0 else { throw OutputError(description: "cannot write \(target): \(errorText())") }
    var content = content
    let complete = content.withUTF8 { writeAll(UnsafeRawBufferPointer($0), to: descriptor) }
    let message = complete ? "" : errorText()
    close(descriptor)
    guard complete, !atomically || rename(temporary, target) == 0 else {
      unlink(temporary)
      throw OutputError(description: "cannot write \(target): \(complete ? errorText() : message)")
    }
  }

  private func fileSize(_ path: String) -> Int? {
    var info = stat()
    guard stat(root + path, &info) == 0 else { return nil }
    return Int(info.st_size)
  }

  /// Removes the folders of `path` that became empty, up to the output folder.
  private func removeEmptyFolders(above path: String) {
    var folder = (path as NSString).deletingLastPathComponent
    while !folder.isEmpty {
      guard rmdir(directory.appendingPathComponent(folder).path) == 0 else { return }
      folder = (folder as NSString).deletingLastPathComponent
    }
  }

  private func errorText() -> String { String(cString: strerror(errno)) }
}

/// Writes all of `bytes` to the open file `descriptor`; false (with `errno` set) when it
/// cannot.
func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
  var offset = 0
  while offset < bytes.count {
    let count = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
    if count < 0 {
      if errno == EINTR { continue }
      return false
    }
    offset += count
  }
  return true
}
