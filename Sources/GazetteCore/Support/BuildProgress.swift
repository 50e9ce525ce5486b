import Synchronization

/// Counts a build's work while it happens, from any thread, for a progress line on a
/// terminal: files parsed of those to parse, output files done of those to do.
public final class BuildProgress: Sendable {
  private let parsed = Atomic<Int>(0)
  private let toParse = Atomic<Int>(0)
  private let written = Atomic<Int>(0)
  private let toWrite = Atomic<Int>(0)

  public init() {}

  public func willParse(_ count: Int) { toParse.store(count, ordering: .relaxed) }
  public func didParseOne() { parsed.add(1, ordering: .relaxed) }
  public func willWrite(_ count: Int) { toWrite.store(count, ordering: .relaxed) }
  public func didWriteOne() { written.add(1, ordering: .relaxed) }

  /// "parsed 1200/10600 files, 0/10993 files written".
  public var description: String {
    "parsed \(parsed.load(ordering: .relaxed))/\(toParse.load(ordering: .relaxed)) files, "
      + "\(written.load(ordering: .relaxed))/\(toWrite.load(ordering: .relaxed)) files written"
  }
}
