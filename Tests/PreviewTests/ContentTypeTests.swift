import Testing

@testable import Preview

@Suite struct ContentTypeTests {
  @Test(arguments: [
    ("index.html", "text/html; charset=utf-8"),
    ("issues/23/index.html", "text/html; charset=utf-8"),
    ("assets/style.css", "text/css; charset=utf-8"),
    ("sitemap.xml", "application/xml; charset=utf-8"),
    ("feed.xml", "application/atom+xml; charset=utf-8"),
    ("countries/gb/feed.xml", "application/atom+xml; charset=utf-8"),
    ("robots.txt", "text/plain; charset=utf-8"),
    ("assets/logo.svg", "image/svg+xml; charset=utf-8"),
    ("assets/photo.png", "image/png"),
    ("assets/photo.jpg", "image/jpeg"),
    ("assets/photo.JPEG", "image/jpeg"),
    ("assets/app.js", "text/javascript; charset=utf-8"),
    ("search.json", "application/json; charset=utf-8"),
    ("assets/font.woff2", "font/woff2"),
    ("README", "application/octet-stream"),
    (".hidden", "application/octet-stream"),
    ("archive.tar.gz", "application/octet-stream"),
  ])
  func typeFollowsTheFileName(path: String, type: String) {
    #expect(ContentType.forFile(named: path) == type)
  }
}
