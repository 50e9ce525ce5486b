import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Ctrl-C (SIGINT) and SIGTERM, delivered as events instead of ending the process.
enum TerminationSignal {
  /// From now on, SIGINT and SIGTERM no longer end the process but arrive in the stream.
  static func catchSignals() -> AsyncStream<Int32> {
    AsyncStream<Int32> { continuation in
      let sources: [any DispatchSourceSignal] = [SIGINT, SIGTERM].map { number in
        signal(number, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
        source.setEventHandler { continuation.yield(number) }
        source.resume()
        return source
      }
      let installed = Locked(sources)
      continuation.onTermination = { _ in
        installed.withLock { sources in
          for source in sources { source.cancel() }
        }
      }
    }
  }
}
