import GazetteCore
import Synchronization

/// The list items (`makeEntryItem`) already written for a site, so that each is written
/// once: an entry's item is the same on every list at the same depth (every country and
/// program page is two folders down), and stays the same while other entries are edited.
///
/// Items are kept by the entry's object: an edit makes a new `Article` or `Report`, whose
/// item is written anew. The store keeps the objects it holds items for alive, so that no
/// new object can take one's identity; `forget` drops those an edit replaced. Use one
/// store per full build, as `gazette serve` does, never across a change of `site.yml`.
public final class EntryItems: Sendable {
  /// For each entry's object, the entry and its item by the way links go up to the root.
  private let items = Mutex<[ObjectIdentifier: (entry: Entry, byRootPrefix: [String: HTML])]>([:])

  public init() {}

  /// `makeEntryItem(entry, context: context)`, written once.
  func item(for entry: Entry, context: PageContext) -> HTML {
    let id = entry.objectIdentifier
    if let known = items.withLock({ $0[id]?.byRootPrefix[context.rootPrefix] }) { return known }
    let item = makeEntryItem(entry, context: context)
    items.withLock { $0[id, default: (entry, [:])].byRootPrefix[context.rootPrefix] = item }
    return item
  }

  /// Drops the items of `entries`, which edits replaced.
  public func forget(_ entries: [Entry]) {
    items.withLock { items in
      for entry in entries { items[entry.objectIdentifier] = nil }
    }
  }

  /// How many entries the store holds items for.
  var entryCount: Int { items.withLock(\.count) }
}
