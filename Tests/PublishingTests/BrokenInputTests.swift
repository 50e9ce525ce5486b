import Foundation
import GazetteCore
import Testing

@testable import Publishing

/// One broken input from `Tests/Fixtures/broken/`: the sample newsletter with one defect,
/// and the diagnostic it must give.
///
/// A case file holds `expect: <diagnostic>`, optionally `delete: <path>`, then one or more
/// files, each after a line `==== <path>` (paths inside the content folder).
struct BrokenInput: Sendable, CustomTestStringConvertible {
  var name: String
  var expected: String
  var deletedPath: String?
  var files: [(path: String, bytes: Data)]

  var testDescription: String { name }

  static let folder = repositoryRoot.appendingPathComponent("Tests/Fixtures/broken")

  static func all() throws -> [BrokenInput] {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".case") }
    return try names.sorted().map { try BrokenInput(name: String($0.dropLast(5)), data: Data(contentsOf: folder.appendingPathComponent($0))) }
  }

  init(name: String, data: Data) throws {
    self.name = name
    var expected = ""
    var deletedPath: String?
    var files: [(String, Data)] = []
    let marker = Data("==== ".utf8)
    var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)[...]
    while let line = lines.first, !line.starts(with: marker) {
      let text = String(decoding: line, as: UTF8.self)
      if text.hasPrefix("expect: ") { expected = String(text.dropFirst(8)) }
      if text.hasPrefix("delete: ") { deletedPath = String(text.dropFirst(8)) }
      lines = lines.dropFirst()
    }
    while let header = lines.first {
      let path = String(decoding: header.dropFirst(marker.count), as: UTF8.self)
      lines = lines.dropFirst()
      var body: [Data.SubSequence] = []
      while let line = lines.first, !line.starts(with: marker) {
        body.append(line)
        lines = lines.dropFirst()
      }
      files.append((path, Data(body.joined(separator: [UInt8(ascii: "\n")]))))
    }
    self.expected = expected
    self.deletedPath = deletedPath
    self.files = files
  }

  /// Copies the sample newsletter to `content` with this defect in it.
  func apply(to content: URL) throws {
    if let deletedPath { try FileManager.default.removeItem(at: content.appendingPathComponent(deletedPath)) }
    for (path, bytes) in files {
      let url = content.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try bytes.write(to: url)
    }
  }
}

@Suite struct BrokenInputTests {
  @Test func thereAreAtLeastFortyCases() throws {
    #expect(try BrokenInput.all().count >= 40)
  }

  @Test(arguments: try BrokenInput.all())
  func givesItsDiagnosticAndKeepsThePreviousSite(_ input: BrokenInput) throws {
    let folder = try makeTemporaryFolder()
    let content = folder.appendingPathComponent("Content")
    try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Content"), to: content)
    let options = BuildOptions(
      content: content, output: folder.appendingPathComponent("Site"),
      publishing: PublishOptions(today: Day("2026-11-23")!))
    let first = Builder.build(options)
    #expect(!first.hasErrors)
    let before = try snapshot(of: options.output)

    try input.apply(to: content)
    let result = Builder.build(options)

    let errors = result.diagnostics.filter(\.isError).map { $0.description.replacingOccurrences(of: folder.path + "/", with: "") }
    #expect(errors == [input.expected])
    #expect(result.report == nil)
    #expect(try snapshot(of: options.output) == before)
  }
}
