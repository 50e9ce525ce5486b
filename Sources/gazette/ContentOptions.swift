import ArgumentParser
import Foundation
import GazetteCore

/// The options every command that reads the content shares.
struct ContentOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("The content folder.", valueName: "dir"))
  var content = "Content"

  @Option(
    name: .customLong("base-url"),
    help: ArgumentHelp("The address the site is published at; replaces site.yml's base_url.", valueName: "url"))
  var baseURL: String?

  @Flag(name: .long, help: "Include entries marked 'draft: true'.")
  var drafts = false

  @Flag(name: .long, help: "Include entries dated after today.")
  var future = false

  @Option(
    name: .long,
    help: ArgumentHelp("The day to treat as today, for reproducible builds (default: today, UTC).", valueName: "yyyy-mm-dd"))
  var now: String?

  func validate() throws {
    if let baseURL, !(baseURL.hasPrefix("http://") || baseURL.hasPrefix("https://")) {
      throw ValidationError("--base-url must start with http:// or https://, as in https://example.org/newsletter/")
    }
    if let now, Day(now) == nil {
      throw ValidationError("--now must be a real date written YYYY-MM-DD, not '\(now)'")
    }
  }

  var contentURL: URL { URL(fileURLWithPath: content) }

  /// The day given with --now, or today in UTC.
  var today: Day { Day.given(now) }

  var publishing: PublishOptions {
    PublishOptions(includesDrafts: drafts, includesFuture: future, today: today)
  }
}

extension Day {
  /// The day written in `text` (`YYYY-MM-DD`), or today's date in UTC when there is none.
  static func given(_ text: String?) -> Day {
    if let text, let day = Day(text) { return day }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let parts = calendar.dateComponents([.year, .month, .day], from: Date())
    return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
  }
}
