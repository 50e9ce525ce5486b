import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `gazette serve` end to end: the built binary on a free port, a copy of the sample
/// newsletter, a page that reloads after edits, the error page, and requests that try to
/// leave the site folder, sent as raw HTTP so that nothing normalizes them on the way.
@Suite struct ServeCommandTests {
  @Test func previewRebuildsReloadsShowsErrorsAndStaysInsideTheSite() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-serve-\(UUID().uuidString)")
    let content = folder.appendingPathComponent("Content")
    let templates = folder.appendingPathComponent("Templates")
    let preview = folder.appendingPathComponent("preview")
    let manager = FileManager.default
    try manager.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? manager.removeItem(at: folder) }
    try manager.copyItem(at: GazetteCommandTests.repositoryRoot.appendingPathComponent("Content"), to: content)
    try manager.createDirectory(at: templates, withIntermediateDirectories: true)
    let secret = "SECRET-\(UUID().uuidString)"
    try Data(secret.utf8).write(to: folder.appendingPathComponent("secret.txt"))

    let server = try ServeProcess(
      arguments: ["serve", "--content", content.path, "--output", preview.path, "--port", "0"], in: folder)
    defer { server.kill() }
    let port = try #require(try await server.waitForPort(), "no URL printed: \(server.output) \(server.errors)")
    let client = RawHTTP(port: port)

    // The page, with the reload script added as it is served, never on disk.
    let articlePath = "/issues/23/china-laos/"
    let article = try client.get(articlePath)
    #expect(article.status == 200)
    #expect(article.header("Content-Type") == "text/html; charset=utf-8")
    #expect(article.body.contains("China and Laos signed"))
    #expect(article.body.contains("new EventSource(\"/__gazette/events?generation="))
    let onDisk = try String(
      contentsOf: preview.appendingPathComponent("issues/23/china-laos/index.html"), encoding: .utf8)
    #expect(!onDisk.contains("__gazette"))

    // An edit: a reload event, then the new text.
    let events = try EventListener(port: port)
    defer { events.close() }
    let first = try #require(await events.waitForGeneration(after: nil))
    let file = content.appendingPathComponent("issues/2017-23/03-china-laos.md")
    let original = try String(contentsOf: file, encoding: .utf8)
    try Data((original + "\nA paragraph written during the preview: ZEPHYR-42.\n").utf8).write(to: file)
    let edited = try #require(
      await events.waitForGeneration(after: first), "no reload event: \(server.output) \(events.text)")
    let reloaded = try client.get(articlePath)
    #expect(reloaded.status == 200)
    #expect(reloaded.body.contains("ZEPHYR-42"))
    #expect(await server.waitForOutput("reloading 1 page"))

    // Broken front matter: the error page in place of every page.
    let broken = original.replacingOccurrences(of: "countries: [Laos]", with: "countries: [Laos")
    #expect(broken != original)
    try Data(broken.utf8).write(to: file)
    let failed = try #require(await events.waitForGeneration(after: edited), "no reload event: \(server.output)")
    for path in [articlePath, "/", "/issues/23/", "/no-such-page/"] {
      let page = try client.get(path)
      #expect(page.status == 500, "\(path)")
      #expect(page.body.contains("<title>Build failed: 1 error"), "\(path)")
      #expect(page.body.contains("Content/issues/2017-23/03-china-laos.md:"), "\(path)")
      #expect(page.body.contains("error: front matter is not valid YAML"), "\(path)")
      #expect(page.body.contains("__gazette/events"), "\(path)")
    }
    #expect(await server.waitForErrors("03-china-laos.md:"))
    #expect(try client.get("/../secret.txt").status == 400)

    // Fixed: the site is back.
    try Data((original + "\nFixed again: ZEPHYR-43.\n").utf8).write(to: file)
    _ = try #require(await events.waitForGeneration(after: failed), "no reload event: \(server.output)")
    let fixed = try client.get(articlePath)
    #expect(fixed.status == 200)
    #expect(fixed.body.contains("ZEPHYR-43"))

    // Pretty URLs, 404, content types, HEAD and conditional requests.
    let redirect = try client.get("/issues/23")
    #expect(redirect.status == 301)
    #expect(redirect.header("Location") == "/issues/23/")
    let missing = try client.get("/no-such-page/")
    #expect(missing.status == 404)
    #expect(missing.body.contains("Page not found"))
    let feed = try client.send("HEAD /feed.xml HTTP/1.1")
    #expect(feed.status == 200)
    #expect(feed.header("Content-Type") == "application/atom+xml; charset=utf-8")
    #expect(Int(feed.header("Content-Length") ?? "") ?? 0 > 0)
    #expect(feed.body.isEmpty)
    let style = try client.get("/assets/style.css")
    #expect(style.header("Content-Type") == "text/css; charset=utf-8")
    let tag = try #require(style.header("ETag"))
    let notModified = try client.send("GET /assets/style.css HTTP/1.1", headers: ["If-None-Match: \(tag)"])
    #expect(notModified.status == 304)
    #expect(notModified.body.isEmpty)
    #expect(try client.get("/sitemap.xml").header("Content-Type") == "application/xml; charset=utf-8")
    #expect(try client.get("/robots.txt").header("Content-Type") == "text/plain; charset=utf-8")

    // Requests that try to leave the site folder.
    try manager.createSymbolicLink(
      atPath: preview.appendingPathComponent("leak.txt").path, withDestinationPath: "../secret.txt")
    try manager.createSymbolicLink(atPath: preview.appendingPathComponent("up").path, withDestinationPath: "..")
    try manager.createSymbolicLink(atPath: preview.appendingPathComponent("etc").path, withDestinationPath: "/etc")
    let attempts = [
      "/../secret.txt", "/issues/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/etc/passwd",
      "/.%2e/secret.txt", "/..%2fsecret.txt", "/issues%2F..%2F..%2Fsecret.txt", "/..\\secret.txt",
      "/%5c..%5csecret.txt", "//etc/passwd", "/etc/passwd", "/leak.txt", "/up/secret.txt", "/etc/hostname",
      "/index.html%00.txt", "/index.html\u{0}", "/.gazette-manifest", "http://127.0.0.1/../secret.txt",
      "/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    ]
    for attempt in attempts {
      let response = try client.send("GET \(attempt) HTTP/1.1")
      #expect(response.status == 400 || response.status == 404, "\(attempt): \(response.status)")
      #expect(!response.body.contains(secret), "\(attempt)")
      #expect(!response.body.contains("root:x:0:0"), "\(attempt)")
    }

    // A change to the templates needs a new program.
    try Data("// changed\n".utf8).write(to: templates.appendingPathComponent("Page.swift"))
    #expect(await server.waitForOutput("Templates changed: stop and run `swift run gazette serve` again"))

    // Ctrl-C stops it cleanly.
    let status = try #require(server.interrupt(), "the server did not stop on SIGINT")
    #expect(status == 0)
    #expect(await server.waitForOutput("Stopped.\n"))
    #expect(server.output.hasSuffix("Stopped.\n"))
  }
}

/// The `gazette` binary running in the background, its output collected as it comes.
final class ServeProcess: @unchecked Sendable {
  private let process = Process()
  private let lock = NSLock()
  private var stdout = ""
  private var stderr = ""

  init(arguments: [String], in folder: URL) throws {
    process.executableURL = GazetteCommandTests.binary
    process.arguments = arguments
    process.currentDirectoryURL = folder
    let outputPipe = Pipe()
    let errorPipe = Pipe()
    process.standardOutput = outputPipe
    process.standardError = errorPipe
    process.standardInput = FileHandle.nullDevice
    outputPipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
      let text = String(decoding: handle.availableData, as: UTF8.self)
      self?.lock.withLock { self?.stdout += text }
    }
    errorPipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
      let text = String(decoding: handle.availableData, as: UTF8.self)
      self?.lock.withLock { self?.stderr += text }
    }
    try process.run()
  }

  var output: String { lock.withLock { stdout } }
  var errors: String { lock.withLock { stderr } }

  /// Waits up to `seconds` for `text` to appear on standard output, `times` times.
  func waitForOutput(_ text: String, times: Int = 1, seconds: Int = 5) async -> Bool {
    await waitFor(seconds: seconds) { self.output.components(separatedBy: text).count > times }
  }

  /// Waits up to five seconds for `text` to appear on standard error.
  func waitForErrors(_ text: String) async -> Bool {
    await waitFor(seconds: 5) { self.errors.contains(text) }
  }

  private func waitFor(seconds: Int, _ condition: () -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + .seconds(seconds)
    while ContinuousClock.now < deadline {
      if condition() { return true }
      try? await Task.sleep(for: .milliseconds(20))
    }
    return condition()
  }

  /// The port of the URL the server prints once it serves.
  func waitForPort() async throws -> UInt16? {
    guard await waitForOutput("Serving ", seconds: 30) else { return nil }
    let line = output.split(separator: "\n").first { $0.hasPrefix("Serving ") } ?? ""
    guard let range = line.range(of: "http://127.0.0.1:") else { return nil }
    return UInt16(line[range.upperBound...].prefix { $0.isNumber })
  }

  /// Sends SIGINT; the exit status, if the process ends within five seconds.
  func interrupt() -> Int32? {
    process.interrupt()
    let deadline = Date().addingTimeInterval(5)
    while process.isRunning, Date() < deadline { usleep(20_000) }
    guard !process.isRunning else { return nil }
    usleep(50_000)  // the last output
    return process.terminationStatus
  }

  func kill() {
    if process.isRunning {
      Glibc.kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
    }
  }
}

/// A response read off the wire.
struct RawResponse {
  var status: Int
  var headers: [(String, String)]
  var body: String

  func header(_ name: String) -> String? {
    headers.first { $0.0.caseInsensitiveCompare(name) == .orderedSame }?.1
  }
}

/// HTTP/1.1 over a plain socket, one request per connection, so that request targets go
/// out exactly as written.
struct RawHTTP {
  let port: UInt16

  func get(_ path: String) throws -> RawResponse {
    try send("GET \(path) HTTP/1.1")
  }

  func send(_ requestLine: String, headers: [String] = []) throws -> RawResponse {
    let socket = try RawSocket(port: port, timeoutSeconds: 5)
    defer { socket.close() }
    let lines = [requestLine, "Host: 127.0.0.1:\(port)", "Connection: close"] + headers
    try socket.write(lines.joined(separator: "\r\n") + "\r\n\r\n")
    let data = socket.readToEnd(seconds: 5)
    return try Self.parse(data)
  }

  static func parse(_ data: [UInt8]) throws -> RawResponse {
    let separator: [UInt8] = Array("\r\n\r\n".utf8)
    guard let end = data.indices.first(where: { data[$0...].starts(with: separator) }) else {
      throw RawSocket.Failure(description: "no complete response: \(String(decoding: data, as: UTF8.self))")
    }
    let head = String(decoding: data[..<end], as: UTF8.self).components(separatedBy: "\r\n")
    let status = Int(head[0].split(separator: " ")[1]) ?? 0
    let headers = head.dropFirst().map { line -> (String, String) in
      let parts = line.split(separator: ":", maxSplits: 1)
      return (String(parts[0]), parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : "")
    }
    return RawResponse(status: status, headers: headers, body: String(decoding: data[(end + 4)...], as: UTF8.self))
  }
}

/// A page's connection to the reload events, read as raw bytes.
final class EventListener {
  private let socket: RawSocket
  private var received: [UInt8] = []

  init(port: UInt16) throws {
    socket = try RawSocket(port: port, timeoutSeconds: 0.1)
    try socket.write("GET /__gazette/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
  }

  var text: String { String(decoding: received, as: UTF8.self) }

  /// The generations announced so far, in order.
  private var generations: [String] {
    // "\r\n" is one Character: drop the "\r" of the chunked framing before splitting lines.
    text.replacingOccurrences(of: "\r", with: "").split(separator: "\n")
      .filter { $0.hasPrefix("data: ") }.map { String($0.dropFirst(6)) }
  }

  /// Waits up to five seconds for a generation other than `previous`.
  func waitForGeneration(after previous: String?) async -> String? {
    let deadline = ContinuousClock.now + .seconds(5)
    while true {
      // Read once more after the deadline: a busy machine may have kept this task waiting.
      let isLate = ContinuousClock.now >= deadline
      received += socket.readAvailable()
      if let last = generations.last, last != previous { return last }
      if isLate { return nil }
      await Task.yield()
    }
  }

  func close() { socket.close() }
}

/// A TCP connection to 127.0.0.1 with timeouts on every read and write.
final class RawSocket {
  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  private let descriptor: Int32

  init(port: UInt16, timeoutSeconds: Double) throws {
    descriptor = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { throw Failure(description: "socket: \(errno)") }
    var timeout = timeval(tv_sec: Int(timeoutSeconds), tv_usec: Int(timeoutSeconds * 1_000_000) % 1_000_000)
    setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = port.bigEndian
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard connected == 0 else {
      Glibc.close(descriptor)
      throw Failure(description: "cannot connect to port \(port): errno \(errno)")
    }
  }

  func write(_ text: String) throws {
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let count = bytes[offset...].withUnsafeBytes {
        Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
      }
      guard count > 0 else { throw Failure(description: "send failed: errno \(errno)") }
      offset += count
    }
  }

  /// What arrives within one read timeout.
  func readAvailable() -> [UInt8] {
    var buffer = [UInt8](repeating: 0, count: 16 * 1024)
    let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
    return count > 0 ? Array(buffer[..<count]) : []
  }

  /// Everything until the server closes the connection, for at most `seconds`.
  func readToEnd(seconds: Double) -> [UInt8] {
    var data: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
      if count == 0 { break }
      if count < 0 {
        if errno == EAGAIN || errno == EINTR { continue }
        break
      }
      data += buffer[..<count]
    }
    return data
  }

  func close() { Glibc.close(descriptor) }
}
