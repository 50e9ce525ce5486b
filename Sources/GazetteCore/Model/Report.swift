/// A report entry, from `reports/<slug>.md`: a report, an announcement or a presentation.
public struct Report: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    case report
    case announcement
    case presentation

    /// "Report", "Announcement", "Presentation".
    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
  }

  public var slug: String
  public var title: String
  public var date: Day
  public var kind: Kind
  public var organization: String?
  public var countries: [Country]
  public var programs: [String]
  public var body: Fragment
  public var sourcePath: String

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
  }

  public var page: PagePath { .report(slug) }
}
