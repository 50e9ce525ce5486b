/// Which entries a build publishes.
public struct PublishOptions: Sendable, Hashable {
  /// Publishes entries marked `draft: true`.
  public var includesDrafts: Bool
  /// Publishes entries dated after `today`.
  public var includesFuture: Bool
  /// The day the build considers to be today; entries after it are scheduled, not published.
  public var today: Day

  public init(includesDrafts: Bool = false, includesFuture: Bool = false, today: Day) {
    self.includesDrafts = includesDrafts
    self.includesFuture = includesFuture
    self.today = today
  }

  /// Publishes everything, whatever its date or draft mark.
  public static let everything = PublishOptions(
    includesDrafts: true, includesFuture: true, today: Day(year: 9999, month: 12, day: 31)!)

  /// Whether an entry with this date and draft mark is published.
  public func publishes(date: Day, isDraft: Bool) -> Bool {
    (includesDrafts || !isDraft) && (includesFuture || date <= today)
  }
}
