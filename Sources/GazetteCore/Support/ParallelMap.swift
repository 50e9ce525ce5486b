import Dispatch

extension Array where Element: Sendable {
  /// `map`, with the elements transformed on all cores; the results keep their order.
  package func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
    let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
    results.initialize(repeating: nil)
    defer {
      _ = results.deinitialize()
      results.deallocate()
    }
    nonisolated(unsafe) let slots = results
    withoutActuallyEscaping(transform) { transform in
      DispatchQueue.concurrentPerform(iterations: count) { index in
        slots[index] = transform(self[index])
      }
    }
    return results.map { $0! }
  }
}
