/// The `Content-Type` a file of the site is served with, chosen by its name.
public enum ContentType {
  /// The media type for `path`, with `charset=utf-8` for every text format; feeds
  /// (`feed.xml`) are Atom. Unknown extensions are `application/octet-stream`.
  public static func forFile(named path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    if name.lowercased() == "feed.xml" { return "application/atom+xml; charset=utf-8" }
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "application/octet-stream" }
    let fileExtension = name[name.index(after: dot)...].lowercased()
    return types[fileExtension] ?? "application/octet-stream"
  }

  private static let types: [String: String] = [
    "html": "text/html; charset=utf-8",
    "htm": "text/html; charset=utf-8",
    "css": "text/css; charset=utf-8",
    "js": "text/javascript; charset=utf-8",
    "mjs": "text/javascript; charset=utf-8",
    "json": "application/json; charset=utf-8",
    "xml": "application/xml; charset=utf-8",
    "atom": "application/atom+xml; charset=utf-8",
    "txt": "text/plain; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
    "svg": "image/svg+xml; charset=utf-8",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "webp": "image/webp",
    "avif": "image/avif",
    "ico": "image/vnd.microsoft.icon",
    "pdf": "application/pdf",
    "woff2": "font/woff2",
    "woff": "font/woff",
  ]
}
