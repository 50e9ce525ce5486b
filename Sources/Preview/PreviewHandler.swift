import FlyingFox
import Foundation

/// What the preview shows: the site, or the error page while the content has errors.
enum BuildStatus: Sendable, Equatable {
  case built
  case failed(errorPage: String)
}

/// Answers every request of the preview: the reload events, the error page while the build
/// fails, otherwise the files of the output folder with pretty URLs, the site's 404 page,
/// entity tags and HEAD. HTML gets the reload script as it is sent.
struct PreviewHandler: HTTPHandler {
  let folder: SiteFolder
  let hub: ReloadHub
  let status: Locked<BuildStatus>

  func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
    guard request.method == .GET || request.method == .HEAD else {
      return makeTextResponse(
        .methodNotAllowed, "Only GET and HEAD are supported.\n", request: request, extra: ["Allow": "GET, HEAD"])
    }
    let rawPath = request.target.path(percentEncoded: true)
    if rawPath == ReloadScript.eventsPath {
      return makeEventStream(for: request)
    }
    guard let path = SitePath(requestPath: rawPath) else {
      return makeTextResponse(.badRequest, "This address is not a path inside the site.\n", request: request)
    }
    if case .failed(let errorPage) = status.withLock({ $0 }) {
      return makePage(.internalServerError, html: errorPage, request: request, isCacheable: false)
    }
    guard !path.isHidden else { return makeNotFound(request) }
    switch folder.locate(path) {
    case .file(let file):
      guard let data = FileManager.default.contents(atPath: file) else { return makeNotFound(request) }
      let type = ContentType.forFile(named: file)
      if type.hasPrefix("text/html") {
        return makePage(.ok, html: String(decoding: data, as: UTF8.self), request: request)
      }
      return makeResponse(.ok, body: data, contentType: type, request: request)
    case .folder:
      let query = request.target.query(percentEncoded: true)
      let location = rawPath + "/" + (query.isEmpty ? "" : "?" + query)
      return makeTextResponse(
        .movedPermanently, "Moved to \(location)\n", request: request, extra: ["Location": location])
    case .notFound:
      return makeNotFound(request)
    }
  }

  /// The site's own 404 page, with status 404.
  private func makeNotFound(_ request: HTTPRequest) -> HTTPResponse {
    guard let page = folder.notFoundPage(), let data = FileManager.default.contents(atPath: page) else {
      return makeTextResponse(.notFound, "Not found.\n", request: request)
    }
    return makePage(.notFound, html: String(decoding: data, as: UTF8.self), request: request)
  }

  /// An HTML page with the reload script for the current generation.
  private func makePage(_ code: HTTPStatusCode, html: String, request: HTTPRequest, isCacheable: Bool = true)
    -> HTTPResponse
  {
    let page = ReloadScript.injecting(into: html, generation: hub.generation)
    return makeResponse(
      code, body: Data(page.utf8), contentType: "text/html; charset=utf-8", request: request, isCacheable: isCacheable)
  }

  private func makeTextResponse(
    _ code: HTTPStatusCode, _ text: String, request: HTTPRequest, extra: [String: String] = [:]
  ) -> HTTPResponse {
    makeResponse(
      code, body: Data(text.utf8), contentType: "text/plain; charset=utf-8", request: request, isCacheable: false,
      extra: extra)
  }

  /// A response with an entity tag (answering 304 when the browser has the same bytes),
  /// and no body for HEAD.
  private func makeResponse(
    _ code: HTTPStatusCode, body: Data, contentType: String, request: HTTPRequest, isCacheable: Bool = true,
    extra: [String: String] = [:]
  ) -> HTTPResponse {
    var headers = HTTPHeaders()
    headers[.contentType] = contentType
    headers[.contentLength] = String(body.count)
    for (name, value) in extra { headers[HTTPHeader(name)] = value }
    guard isCacheable else {
      headers[.cacheControl] = "no-store"
      return HTTPResponse(statusCode: code, headers: headers, body: request.method == .HEAD ? Data() : body)
    }
    let tag = EntityTag.make(for: body)
    headers[.eTag] = tag
    headers[.cacheControl] = "no-cache"
    if code == .ok, let condition = request.headers[.ifNoneMatch], EntityTag.ifNoneMatch(condition, matches: tag) {
      return HTTPResponse(statusCode: .notModified, headers: headers, body: Data())
    }
    return HTTPResponse(statusCode: code, headers: headers, body: request.method == .HEAD ? Data() : body)
  }

  /// The reload events, as Server-Sent Events that last until the server stops.
  private func makeEventStream(for request: HTTPRequest) -> HTTPResponse {
    var headers = HTTPHeaders()
    headers[.contentType] = "text/event-stream; charset=utf-8"
    headers[.cacheControl] = "no-store"
    guard request.method == .GET else {
      return HTTPResponse(statusCode: .ok, headers: headers, body: Data())
    }
    let events = hub.listen(pageGeneration: request.query["generation"])
    let body = HTTPBodySequence(from: EventStreamBody(events: events), suggestedBufferSize: 1024)
    return HTTPResponse(statusCode: .ok, headers: headers, body: body)
  }
}
