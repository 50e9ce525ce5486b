import Dispatch

/// Frees `value` on another thread. A large structure of small objects (the parse cache,
/// the site) takes a tenth of a second to free object by object at 10,000 articles; a
/// build hands it over and goes on to print its summary and exit, which gives the memory
/// back at once if the freeing has not finished.
public func releaseInBackground<Value: Sendable>(_ value: consuming Value) {
  let value = value
  DispatchQueue.global(qos: .utility).async { withExtendedLifetime(value) {} }
}
