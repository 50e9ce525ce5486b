import FlyingSocks

/// A stream of Server-Sent Events as the bytes of a response body that FlyingFox sends
/// chunk by chunk, as each event arrives.
struct EventStreamBody: AsyncBufferedSequence, Sendable {
  typealias Element = UInt8

  let events: AsyncStream<String>

  func makeAsyncIterator() -> Iterator {
    Iterator(events: events.makeAsyncIterator())
  }

  struct Iterator: AsyncBufferedIteratorProtocol {
    var events: AsyncStream<String>.Iterator
    var pending: ArraySlice<UInt8> = []

    mutating func next() async -> UInt8? {
      guard let buffer = await nextBuffer(suggested: 1) else { return nil }
      return buffer.first
    }

    mutating func nextBuffer(suggested count: Int) async -> ArraySlice<UInt8>? {
      if pending.isEmpty {
        guard let event = await events.next() else { return nil }
        pending = ArraySlice(event.utf8)
      }
      let buffer = pending.prefix(Swift.max(1, count))
      pending = pending.dropFirst(buffer.count)
      return buffer
    }
  }
}
