import GazetteCore
import Synchronization

/// The list items (`makeEntryItem`) already written for a site, so that each is written
/// once: an entry's item is the same on every list at the same depth (every country and
/// program page is two folders down), and stays the same while other entries are edited.
///
/// Items are kept by the entry's object: an edit makes a new `Article` or `Report`, whose
/// item is written anew. The old objects are kept with their items (so that no new object
/// can take an old one's identity) until the store is dropped: use one store per full
/// build, as `gazette serve` does, never across a change of `site.yml`.
public final class EntryItems: Sendable {
  private struct Key: Hashable {
    let entry: ObjectIdentifier
    let rootPrefix: String
  }

  private let items = Mutex<[Key: (entry: Entry, item: HTML)]>([:])

  public init() {}

  /// `makeEntryItem(entry, context: context)`, written once.
  func item(for entry: Entry, context: PageContext) -> HTML {
    let key = Key(entry: entry.objectIdentifier, rootPrefix: context.rootPrefix)
    if let known = items.withLock({ $0[key]?.item }) { return known }
    let item = makeEntryItem(entry, context: context)
    items.withLock { $0[key] = (entry, item) }
    return item
  }
}
