/// A calendar day, as editors write it in front matter: `YYYY-MM-DD`.
///
/// Dates in Gazette have no time of day and no time zone, so the same content always gives
/// the same pages.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
  public let year: Int
  public let month: Int
  public let day: Int

  /// Reads `YYYY-MM-DD`; nil unless it is a real date of the Gregorian calendar.
  public init?(_ text: String) {
    let parts = text.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy { (0x30...0x39).contains($0) } }),
      let year = Int(String(decoding: parts[0], as: UTF8.self)),
      let month = Int(String(decoding: parts[1], as: UTF8.self)),
      let day = Int(String(decoding: parts[2], as: UTF8.self))
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// A day from its parts; nil unless it exists.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...Day.length(ofMonth: month, in: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    // Written digit by digit: every list shows a date for each of its entries.
    String(unsafeUninitializedCapacity: 10) { text in
      func write(_ value: Int, width: Int, at start: Int) {
        var value = value
        for index in (start..<start + width).reversed() {
          text[index] = UInt8(ascii: "0") + UInt8(value % 10)
          value /= 10
        }
      }
      write(year, width: 4, at: 0)
      text[4] = UInt8(ascii: "-")
      write(month, width: 2, at: 5)
      text[7] = UInt8(ascii: "-")
      write(day, width: 2, at: 8)
      return 10
    }
  }

  /// Midnight UTC in RFC 3339, as Atom feeds and sitemaps want it.
  public var timestamp: String { description + "T00:00:00Z" }

  /// "15 December 2017".
  public var longText: String { "\(day) \(Day.monthNames[month - 1]) \(year)" }

  /// "December 2017".
  public var monthAndYear: String { "\(Day.monthNames[month - 1]) \(year)" }

  public static func < (lhs: Day, rhs: Day) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  static let monthNames = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
  ]

  static func length(ofMonth month: Int, in year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }
}
