import Testing

@testable import Preview

@Suite struct SitePathTests {
  @Test(arguments: [
    ("/", "index.html"),
    ("/issues/23/", "issues/23/index.html"),
    ("/issues/23", "issues/23"),
    ("/assets/style.css", "assets/style.css"),
    ("/feed.xml", "feed.xml"),
    ("/countries/gb/feed.xml", "countries/gb/feed.xml"),
    ("/a%20b/c%C3%A9.html", "a b/cé.html"),
    ("/issues/23/china-laos/", "issues/23/china-laos/index.html"),
    ("/..%2e/", ".../index.html"),
  ])
  func plainPathsNameAFileInsideTheSite(path: String, file: String) throws {
    // `...` (three dots) is an ordinary name, not a way up.
    let sitePath = try #require(SitePath(requestPath: path))
    #expect(sitePath.file == file)
  }

  @Test func aTrailingSlashNamesTheFoldersIndex() throws {
    #expect(try #require(SitePath(requestPath: "/issues/23/")).isFolder)
    #expect(try #require(SitePath(requestPath: "/issues/23")).isFolder == false)
    #expect(try #require(SitePath(requestPath: "/")).segments == [])
  }

  @Test(arguments: [
    "/../etc/passwd",
    "/issues/../../etc/passwd",
    "/issues/..",
    "/./index.html",
    "/%2e%2e/etc/passwd",
    "/%2E%2E/%2E%2E/etc/passwd",
    "/.%2e/etc/passwd",
    "/issues/%2e%2e/%2e%2e/etc/passwd",
    "/..%2fetc%2fpasswd",
    "/issues%2F..%2F..%2Fetc%2Fpasswd",
    "/..\\..\\etc\\passwd",
    "/%5c..%5c..%5cetc%5cpasswd",
    "/issues\\23",
    "//etc/passwd",
    "/issues//23/",
    "etc/passwd",
    "http://127.0.0.1/etc/passwd",
    "*",
    "",
    "/index.html%00.txt",
    "/index.html\u{0}",
    "/%0a/index.html",
    "/%zz/index.html",
    "/%2",
    "/%C3%28/index.html",
  ])
  func pathsThatTryToLeaveTheSiteAreRefused(path: String) {
    #expect(SitePath(requestPath: path) == nil, "\(path)")
  }

  @Test func hiddenFilesAreMarked() throws {
    #expect(try #require(SitePath(requestPath: "/.gazette-manifest")).isHidden)
    #expect(try #require(SitePath(requestPath: "/issues/.git/config")).isHidden)
    #expect(try #require(SitePath(requestPath: "/issues/23/")).isHidden == false)
  }
}
