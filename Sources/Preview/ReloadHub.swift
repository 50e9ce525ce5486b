/// The pages open in browsers, each listening to the reload events, and the generation of
/// the build they should show. Announcing a new generation reloads every one of them.
public final class ReloadHub: Sendable {
  private struct Listener {
    var events: AsyncStream<String>.Continuation
    /// The generation of the page that listens, when it says.
    var pageGeneration: String?
  }

  private struct State {
    var generation: String
    var listeners: [Int: Listener] = [:]
    var nextID = 0
    var isClosed = false
  }

  private let state: Locked<State>

  public init(generation: String) {
    state = Locked(State(generation: generation))
  }

  /// The generation open pages should show.
  public var generation: String {
    state.withLock { $0.generation }
  }

  /// How many connections are listening. A page that was closed counts until a write to
  /// it fails, which a heartbeat finds within a few seconds.
  public var listenerCount: Int {
    state.withLock { $0.listeners.count }
  }

  /// A new listener's events, in the Server-Sent Events format: first the current
  /// generation, then every generation announced, with heartbeats in between. The stream
  /// ends when the hub closes.
  ///
  /// - Parameter pageGeneration: the generation of the page that listens, if it says; a
  ///   page of another generation is already reloading, and is not counted as open.
  public func listen(pageGeneration: String? = nil) -> AsyncStream<String> {
    let (stream, continuation) = AsyncStream.makeStream(of: String.self, bufferingPolicy: .bufferingNewest(8))
    let id: Int? = state.withLock { state in
      guard !state.isClosed else { return nil }
      let id = state.nextID
      state.nextID += 1
      state.listeners[id] = Listener(events: continuation, pageGeneration: pageGeneration)
      continuation.yield("retry: 1000\ndata: \(state.generation)\n\n")
      return id
    }
    guard let id else {
      continuation.finish()
      return stream
    }
    continuation.onTermination = { [weak self] _ in
      self?.state.withLock { _ = $0.listeners.removeValue(forKey: id) }
    }
    return stream
  }

  /// Tells every open page to show `generation`; returns how many pages reload: those
  /// that showed the previous generation (or did not say which they show). Pages that were
  /// told before are reloading already, even if their connection has not closed yet.
  @discardableResult
  public func announce(generation: String) -> Int {
    state.withLock { state in
      let previous = state.generation
      state.generation = generation
      var reloading = 0
      for listener in state.listeners.values {
        listener.events.yield("data: \(generation)\n\n")
        if listener.pageGeneration == nil || listener.pageGeneration == previous { reloading += 1 }
      }
      return reloading
    }
  }

  /// Sends a comment to every page, so that the connections of closed pages fail and are
  /// dropped.
  public func sendHeartbeat() {
    state.withLock { state in
      for listener in state.listeners.values { listener.events.yield(": heartbeat\n\n") }
    }
  }

  /// Ends every stream, and every one opened from now on.
  public func close() {
    let listeners = state.withLock { state in
      state.isClosed = true
      defer { state.listeners = [:] }
      return Array(state.listeners.values)
    }
    for listener in listeners { listener.events.finish() }
  }
}
