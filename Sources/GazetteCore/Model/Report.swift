/// A report entry, from `reports/<slug>.md`: a report, an announcement or a presentation.
///
/// A class with constant properties, shared rather than copied, like `Article`.
public final class Report: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    case report
    case announcement
    case presentation

    /// "Report", "Announcement", "Presentation".
    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
  }

  public let slug: String
  public let title: String
  public let date: Day
  public let kind: Kind
  public let organization: String?
  public let countries: [Country]
  public let programs: [String]
  public let body: Fragment
  public let sourcePath: String
  /// Its page, made once: every list that shows the entry links to it.
  public let page: PagePath

  public init(
    slug: String, title: String, date: Day, kind: Kind, organization: String? = nil,
    countries: [Country] = [], programs: [String] = [], body: Fragment = .empty, sourcePath: String = ""
  ) {
    self.slug = slug
    self.title = title
    self.date = date
    self.kind = kind
    self.organization = organization
    self.countries = countries
    self.programs = programs
    self.body = body
    self.sourcePath = sourcePath
    page = .report(slug)
  }

  /// The same report with another body.
  public func replacingBody(with body: Fragment) -> Report {
    Report(slug: slug, title: title, date: date, kind: kind, organization: organization, countries: countries, programs: programs, body: body, sourcePath: sourcePath)
  }

  public static func == (lhs: Report, rhs: Report) -> Bool {
    lhs.slug == rhs.slug && lhs.title == rhs.title && lhs.date == rhs.date && lhs.kind == rhs.kind && lhs.organization == rhs.organization && lhs.countries == rhs.countries && lhs.programs == rhs.programs && lhs.body == rhs.body && lhs.sourcePath == rhs.sourcePath
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(sourcePath)
    hasher.combine(slug)
  }
}
