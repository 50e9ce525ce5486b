import Foundation
import Testing

@testable import Preview

@Suite struct SiteFolderTests {
  /// A temporary folder holding `site/` (the served folder) and a secret beside it.
  func makeSite() throws -> (folder: URL, site: SiteFolder) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-folder-\(UUID().uuidString)")
    let site = folder.appendingPathComponent("site")
    try FileManager.default.createDirectory(
      at: site.appendingPathComponent("issues/23"), withIntermediateDirectories: true)
    try Data("home".utf8).write(to: site.appendingPathComponent("index.html"))
    try Data("issue".utf8).write(to: site.appendingPathComponent("issues/23/index.html"))
    try Data("secret".utf8).write(to: folder.appendingPathComponent("secret.txt"))
    return (folder, SiteFolder(url: site))
  }

  func locate(_ site: SiteFolder, _ path: String) throws -> SiteFolder.Location {
    site.locate(try #require(SitePath(requestPath: path)))
  }

  @Test func filesAndFolders() throws {
    let (folder, site) = try makeSite()
    defer { try? FileManager.default.removeItem(at: folder) }
    let real = try #require(SiteFolder.realPath(folder.path))
    #expect(try locate(site, "/") == .file(real + "/site/index.html"))
    #expect(try locate(site, "/issues/23/") == .file(real + "/site/issues/23/index.html"))
    #expect(try locate(site, "/issues/23") == .folder)
    #expect(try locate(site, "/issues/24/") == .notFound)
    #expect(try locate(site, "/issues/") == .notFound)
    #expect(try locate(site, "/index.html/") == .notFound)
  }

  @Test func symbolicLinksOutOfTheSiteAreNotFollowed() throws {
    let (folder, site) = try makeSite()
    defer { try? FileManager.default.removeItem(at: folder) }
    let manager = FileManager.default
    try manager.createSymbolicLink(
      atPath: site.url.appendingPathComponent("leak.txt").path, withDestinationPath: "../secret.txt")
    try manager.createSymbolicLink(atPath: site.url.appendingPathComponent("up").path, withDestinationPath: "..")
    try manager.createSymbolicLink(atPath: site.url.appendingPathComponent("etc").path, withDestinationPath: "/etc")
    try manager.createSymbolicLink(
      atPath: site.url.appendingPathComponent("home.html").path, withDestinationPath: "index.html")
    #expect(try locate(site, "/leak.txt") == .notFound)
    #expect(try locate(site, "/up/secret.txt") == .notFound)
    #expect(try locate(site, "/etc/passwd") == .notFound)
    #expect(try locate(site, "/etc/") == .notFound)
    // A link that stays inside the site is fine.
    let real = try #require(SiteFolder.realPath(folder.path))
    #expect(try locate(site, "/home.html") == .file(real + "/site/index.html"))
  }

  @Test func aSiteFolderThatIsASymbolicLinkStillServes() throws {
    let (folder, _) = try makeSite()
    defer { try? FileManager.default.removeItem(at: folder) }
    let link = folder.appendingPathComponent("link")
    try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "site")
    let site = SiteFolder(url: link)
    let real = try #require(SiteFolder.realPath(folder.path))
    #expect(try locate(site, "/issues/23/") == .file(real + "/site/issues/23/index.html"))
    #expect(try locate(site, "/secret.txt") == .notFound)
  }

  @Test func aMissingSiteFolderFindsNothing() throws {
    let site = SiteFolder(url: URL(fileURLWithPath: "/nonexistent-gazette-\(UUID().uuidString)"))
    #expect(try locate(site, "/") == .notFound)
    #expect(site.notFoundPage() == nil)
  }
}
