import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The output folder the preview serves, and the one place that turns a `SitePath` into a
/// file on disk: the path is resolved with `realpath` (symbolic links followed) and must
/// still be inside the folder's own real path, so no request reads a file outside it.
public struct SiteFolder: Sendable {
  /// What a request path leads to.
  public enum Location: Sendable, Equatable {
    /// A regular file inside the folder, by its real path.
    case file(String)
    /// A folder asked for without its trailing slash: redirect to the address with it.
    case folder
    /// Nothing, or something that is not served (outside the folder, not a regular file).
    case notFound
  }

  /// The folder, as given.
  public let url: URL

  public init(url: URL) {
    self.url = url.standardizedFileURL
  }

  /// Where `path` leads. The folder's real path is looked up on every call, since the
  /// build may create the folder after the server started.
  public func locate(_ path: SitePath) -> Location {
    guard let root = Self.realPath(url.path) else { return .notFound }
    let candidate = path.file.isEmpty ? root : root + "/" + path.file
    guard let real = Self.realPath(candidate), real.hasPrefix(root + "/") else { return .notFound }
    var info = stat()
    guard stat(real, &info) == 0 else { return .notFound }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return .file(real)
    case S_IFDIR: return path.isFolder ? .notFound : .folder
    default: return .notFound
    }
  }

  /// The 404 page of the site, if the build wrote one.
  public func notFoundPage() -> String? {
    guard case .file(let real) = locate(SitePath(requestPath: "/404.html")!) else { return nil }
    return real
  }

  /// `realpath(3)`: the absolute path with every symbolic link, `.` and `..` resolved; nil
  /// when the file does not exist.
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
