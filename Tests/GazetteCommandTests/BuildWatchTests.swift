import Foundation
import Testing

/// `gazette build --watch` end to end: the built binary on a copy of the sample newsletter,
/// edits saved while it watches, and the output folder compared with a full build's.
@Suite struct BuildWatchTests {
  @Test func keepsTheOutputFolderUpToDateUntilInterrupted() async throws {
    let commands = GazetteCommandTests()
    let folder = try commands.makeFolder([:])
    defer { try? FileManager.default.removeItem(at: folder) }
    let content = folder.appendingPathComponent("Content")
    let output = folder.appendingPathComponent("Site")
    try FileManager.default.copyItem(
      at: GazetteCommandTests.repositoryRoot.appendingPathComponent("Content"), to: content)
    // Saved an hour ago: a file changed within the last seconds is parsed by every build.
    let anHourAgo = Date().addingTimeInterval(-3600)
    for path in try FileManager.default.subpathsOfDirectory(atPath: content.path) {
      try FileManager.default.setAttributes(
        [.modificationDate: anHourAgo], ofItemAtPath: content.appendingPathComponent(path).path)
    }

    let watching = try ServeProcess(
      arguments: ["build", "--watch", "--content", content.path, "--output", output.path], in: folder)
    defer { watching.kill() }
    #expect(await watching.waitForOutput("Watching \(content.path) for changes", seconds: 60), "\(watching.errors)")
    #expect(watching.output.hasPrefix("Built 58 pages into \(output.path)/ in "))

    // A new paragraph: the article's page and its issue's are written again.
    let file = content.appendingPathComponent("issues/2017-23/03-china-laos.md")
    let page = output.appendingPathComponent("issues/23/china-laos/index.html")
    let original = try String(contentsOf: file, encoding: .utf8)
    try Data((original + "\nA paragraph written while watching: ZEPHYR-51.\n").utf8).write(to: file)
    #expect(await watching.waitForOutput("Rebuilt in "), "\(watching.output) \(watching.errors)")
    #expect(try String(contentsOf: page, encoding: .utf8).contains("ZEPHYR-51"))
    #expect(watching.output.contains(": 1 parsed, 2 written, 0 removed"), "\(watching.output)")

    // A new title reaches the lists too; then the folder is what a full build makes.
    let retitled = original.replacingOccurrences(of: "title: ", with: "title: Retitled ZEPHYR-52, ")
    #expect(retitled != original)
    try Data(retitled.utf8).write(to: file)
    #expect(await watching.waitForOutput("Rebuilt in ", times: 2), "\(watching.output) \(watching.errors)")
    let fullBuild = folder.appendingPathComponent("full")
    let built = try commands.run(["build", "--content", content.path, "--output", fullBuild.path])
    #expect(built.status == 0, "\(built.error)")
    let watched = try sitePages(in: output)
    #expect(watched == (try sitePages(in: fullBuild)))
    #expect(watched["countries/la/index.html"].map { String(decoding: $0, as: UTF8.self) }?.contains("ZEPHYR-52") == true)

    // Broken front matter: an error, and nothing written.
    let before = try Data(contentsOf: page)
    try Data(retitled.replacingOccurrences(of: "countries: [Laos]", with: "countries: [Laos").utf8).write(to: file)
    #expect(await watching.waitForOutput("Build failed in "), "\(watching.output)")
    #expect(await watching.waitForErrors("03-china-laos.md:"))
    #expect(watching.output.contains("\(output.path)/ keeps the last build without errors"))
    #expect(try Data(contentsOf: page) == before)

    // Fixed: written again.
    try Data((original + "\nFixed while watching: ZEPHYR-53.\n").utf8).write(to: file)
    #expect(await watching.waitForOutput("Rebuilt in ", times: 3), "\(watching.output) \(watching.errors)")
    #expect(try String(contentsOf: page, encoding: .utf8).contains("ZEPHYR-53"))

    // Ctrl-C stops it cleanly, and the next build starts from the stored cache.
    #expect(try #require(watching.interrupt(), "it did not stop on SIGINT") == 0)
    #expect(watching.output.hasSuffix("Stopped.\n"))
    let next = try commands.run(["build", "--content", content.path, "--output", output.path])
    #expect(next.status == 0, "\(next.error)")
    // Only the file saved a moment ago is parsed (its time stamp is too fresh to trust).
    #expect(next.output.contains(" 0 files written, "), "\(next.output)")
    #expect(next.output.contains("(0 files parsed;") || next.output.contains("(1 file parsed;"), "\(next.output)")
  }

  /// The files of a built site but for the manifest, which a watching build updates by
  /// adding lines, and the search index, which stays the first build's.
  private func sitePages(in folder: URL) throws -> [String: Data] {
    try InterruptedBuildTests().files(in: folder).filter { path, _ in
      path != ".gazette-manifest" && !path.hasPrefix("pagefind/")
    }
  }
}
