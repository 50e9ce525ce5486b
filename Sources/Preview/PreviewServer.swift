import FlyingFox
import FlyingSocks
import Foundation
import GazetteCore
import Publishing

/// What `gazette serve` serves, and where.
public struct PreviewOptions: Sendable {
  /// The content folder.
  public var content: URL
  /// Where the preview builds the site: a folder of its own, never the published one.
  public var output: URL
  /// The address to listen on: an IPv4 or IPv6 address, or `localhost`.
  public var host: String
  /// The port; 0 picks a free one.
  public var port: UInt16

  public init(content: URL, output: URL? = nil, host: String = "127.0.0.1", port: UInt16 = 8000) {
    self.content = content.standardizedFileURL
    self.output = (output ?? Self.defaultOutput(for: content)).standardizedFileURL
    self.host = host
    self.port = port
  }

  /// A hidden folder of the temporary folder, one per content folder, so that a restarted
  /// preview finds its previous build and rewrites only what changed.
  public static func defaultOutput(for content: URL) -> URL {
    let path = SiteFolder.realPath(content.standardizedFileURL.path) ?? content.standardizedFileURL.path
    let tag = EntityTag.make(for: path.utf8).filter(\.isHexDigit).prefix(12)
    return FileManager.default.temporaryDirectory.appendingPathComponent(".gazette-serve-\(tag)", isDirectory: true)
  }

  /// The Templates folder beside the content folder's parent, if the project has one.
  var templates: URL? {
    let folder = content.deletingLastPathComponent().appendingPathComponent("Templates", isDirectory: true)
    var isDirectory: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory)
    return exists && isDirectory.boolValue ? folder : nil
  }
}

/// Where the preview's messages go: one line at a time, and diagnostics.
public struct PreviewConsole: Sendable {
  public var say: @Sendable (String) -> Void
  public var report: @Sendable ([Diagnostic]) -> Void

  public init(say: @escaping @Sendable (String) -> Void, report: @escaping @Sendable ([Diagnostic]) -> Void) {
    self.say = say
    self.report = report
  }
}

/// A problem that keeps the preview from starting.
public struct PreviewError: Error, CustomStringConvertible {
  public let description: String
}

/// `gazette serve`: builds the site, serves it over HTTP, rebuilds it on every save and
/// reloads the pages open in browsers; shows the diagnostics in place of every page while
/// the content has errors. Runs until SIGINT or SIGTERM.
public final class PreviewServer: Sendable {
  private let options: PreviewOptions
  private let console: PreviewConsole
  private let hub: ReloadHub
  private let status = Locked(BuildStatus.built)
  /// The problems of the last build, as the console last showed them.
  private let shownDiagnostics = Locked<[Diagnostic]>([])
  private let session = String(UInt64(Date().timeIntervalSince1970 * 1000), radix: 36)
  private let generationCounter = Locked(0)

  public init(options: PreviewOptions, console: PreviewConsole) {
    self.options = options
    self.console = console
    hub = ReloadHub(generation: session + "-0")
  }

  /// Serves until the process receives SIGINT or SIGTERM.
  ///
  /// - Parameter makeRebuilder: the builder for the site at the preview's address; the
  ///   default rebuilds only what a change reaches.
  public func run(makeRebuilder: @Sendable (BuildOptions) -> any SiteRebuilder = { IncrementalRebuilder(options: $0) })
    async throws
  {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: options.content.path, isDirectory: &isDirectory), isDirectory.boolValue
    else {
      throw PreviewError(
        description: "content folder not found: \(options.content.path): create it or pass --content DIR")
    }
    let address = try Self.makeAddress(host: options.host, port: options.port)
    let signals = TerminationSignal.catchSignals()
    let server = HTTPServer(
      config: HTTPServer.Configuration(address: address, timeout: 60, logger: .disabled),
      handler: PreviewHandler(folder: SiteFolder(url: options.output), hub: hub, status: status))
    let failure = Locked<(any Error)?>(nil)
    let serverTask = Task {
      do { try await server.run() } catch { failure.withLock { $0 = error } }
    }
    let port = try await waitUntilListening(server, failure: failure)
    let url = "http://\(Self.urlHost(options.host)):\(port)/"

    let rebuilder = makeRebuilder(BuildOptions(content: options.content, output: options.output, baseURL: url))
    let templates = options.templates
    let loop: RebuildLoop?
    do {
      loop = try RebuildLoop(roots: [options.content] + (templates.map { [$0] } ?? []))
      for warning in loop?.warnings ?? [] { console.say("warning: \(warning)") }
    } catch {
      loop = nil
      console.say("warning: \(error): pages will not be rebuilt when you save")
    }

    let first = rebuilder.build()
    apply(first, startedAt: nil)
    console.say("Serving \(options.content.path) at \(url)")
    console.say("Previewing from \(options.output.path)/; press Ctrl-C to stop.")

    loop?.start { [self] batch in rebuild(after: batch, with: rebuilder, templates: templates) }
    let heartbeat = Task { [hub] in
      while !Task.isCancelled {
        try? await Task.sleep(for: .seconds(1))
        hub.sendHeartbeat()
      }
    }

    for await _ in signals { break }
    loop?.stop()
    heartbeat.cancel()
    hub.close()
    await server.stop(timeout: 1)
    serverTask.cancel()
    console.say("Stopped.")
  }

  /// Waits for the server to listen; returns its port, or the reason it cannot listen.
  private func waitUntilListening(_ server: HTTPServer, failure: Locked<(any Error)?>) async throws -> UInt16 {
    let deadline = ContinuousClock.now + .seconds(10)
    while ContinuousClock.now < deadline {
      if await server.isListening, let address = await server.listeningAddress {
        switch address {
        case .ip4(_, let port), .ip6(_, let port): return port
        case .unix: return options.port
        }
      }
      if let error = failure.withLock({ $0 }) {
        var reason = "\(error)"
        if case .failed(_, let code, let message) = error as? SocketError {
          reason = code == EADDRINUSE ? "\(message): choose another --port" : message
        }
        throw PreviewError(description: "cannot listen on \(options.host) port \(options.port): \(reason)")
      }
      try await Task.sleep(for: .milliseconds(5))
    }
    throw PreviewError(description: "the server did not start listening on \(options.host) port \(options.port)")
  }

  /// Runs on the rebuild thread after each burst of changes.
  private func rebuild(after batch: ChangeWatcher.Batch, with rebuilder: any SiteRebuilder, templates: URL?) {
    if let templates, !batch.paths(below: templates).isEmpty {
      console.say("Templates changed: stop and run `swift run gazette serve` again to rebuild Gazette")
    }
    guard let result = rebuilder.rebuild(after: batch, in: options.content) else { return }
    apply(result, startedAt: batch.firstSeen)
  }

  /// Shows the outcome of a build: the new site or the error page, and a reload of every
  /// open page when what they show has changed.
  private func apply(_ result: BuildResult, startedAt start: ContinuousClock.Instant?) {
    // Problems are printed when they change, not again after every save: a large site may
    // have thousands of warnings.
    let problemsChanged = shownDiagnostics.withLock { shown in
      defer { shown = result.diagnostics }
      return shown != result.diagnostics
    }
    if problemsChanged && !result.diagnostics.isEmpty { console.report(result.diagnostics) }
    let next: BuildStatus =
      result.hasErrors || result.report == nil
      ? .failed(errorPage: makeErrorPage(diagnostics: result.diagnostics)) : .built
    let previous = status.withLock { status in
      defer { status = next }
      return status
    }
    let written = result.report.map { $0.written + $0.removed } ?? 0
    guard start != nil else {
      if case .built = next, let report = result.report {
        console.say(
          "Built \(result.pageCount) pages in \(String(format: "%.2f", result.seconds)) s "
            + "(\(report.written) files written, \(report.unchanged) unchanged, \(report.removed) removed)")
      } else {
        console.say("The content has errors: every page shows them until they are fixed.")
      }
      return
    }
    guard next != previous || (next == .built && written > 0) else {
      let elapsed = milliseconds(since: start)
      console.say(
        next == .built
          ? "Rebuilt in \(elapsed) ms, nothing changed" : "Build failed again in \(elapsed) ms, same errors")
      return
    }
    let generation = generationCounter.withLock { counter in
      counter += 1
      return "\(session)-\(counter)"
    }
    let pages = hub.announce(generation: generation)
    let elapsed = milliseconds(since: start)
    let pageCount = pages == 1 ? "1 page" : "\(pages) pages"
    if case .built = next {
      console.say("Rebuilt in \(elapsed) ms, reloading \(pageCount) (\(written) files written)")
    } else {
      console.say("Build failed in \(elapsed) ms, showing the errors in \(pageCount)")
    }
  }

  private func milliseconds(since start: ContinuousClock.Instant?) -> Int {
    guard let start else { return 0 }
    let (seconds, attoseconds) = (ContinuousClock.now - start).components
    return Int(seconds * 1000 + attoseconds / 1_000_000_000_000_000)
  }

  /// The socket address for `host`: an IPv4 or IPv6 address, or `localhost` (127.0.0.1).
  static func makeAddress(host: String, port: UInt16) throws -> any SocketAddress {
    do {
      if host == "localhost" { return try sockaddr_in.inet(ip4: "127.0.0.1", port: port) }
      if host.contains(":") { return try sockaddr_in6.inet6(ip6: host, port: port) }
      return try sockaddr_in.inet(ip4: host, port: port)
    } catch {
      throw PreviewError(
        description: "--host must be an IP address such as 127.0.0.1 or ::1, or localhost, not '\(host)'")
    }
  }

  /// Whether `host` is an address the preview can listen on.
  public static func isValidHost(_ host: String) -> Bool {
    (try? makeAddress(host: host, port: 0)) != nil
  }

  /// How the address reads in a URL: IPv6 in brackets, and the loopback for "every address".
  static func urlHost(_ host: String) -> String {
    switch host {
    case "0.0.0.0": "127.0.0.1"
    case "::": "[::1]"
    default: host.contains(":") ? "[\(host)]" : host
    }
  }
}
