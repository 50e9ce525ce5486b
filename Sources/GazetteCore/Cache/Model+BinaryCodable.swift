// How the values a parse produces are stored in the parse cache. Each writes its fields in
// order and reads them back in the same order; a change here needs a new
// `ParseCache.formatVersion`.

extension Day: BinaryCodable {
  func write(to writer: inout BinaryWriter) {
    writer.write(year * 10_000 + month * 100 + day)
  }

  init(from reader: inout BinaryReader) throws {
    let number = try reader.read(Int.self)
    guard let day = Day(year: number / 10_000, month: number / 100 % 100, day: number % 100) else {
      throw CorruptCache()
    }
    self = day
  }
}

extension Country: BinaryCodable {
  func write(to writer: inout BinaryWriter) { writer.write(code) }

  init(from reader: inout BinaryReader) throws {
    guard let country = CountryDirectory.standard.country(code: try reader.read()) else { throw CorruptCache() }
    self = country
  }
}

extension PagePath: BinaryCodable {
  func write(to writer: inout BinaryWriter) { writer.write(folder) }
  init(from reader: inout BinaryReader) throws { self.init(try reader.read()) }
}

extension FileStamp: BinaryCodable {
  func write(to writer: inout BinaryWriter) {
    writer.write(inode)
    writer.write(size)
    writer.write(modified)
  }

  init(from reader: inout BinaryReader) throws {
    self.init(inode: try reader.read(), size: try reader.read(), modified: try reader.read())
  }
}

extension SourceLocation: BinaryCodable {
  func write(to writer: inout BinaryWriter) {
    writer.write(line)
    writer.write(column)
  }

  init(from reader: inout BinaryReader) throws {
    self.init(line: try reader.read(), column: try reader.read())
  }
}

extension SourcePlace: BinaryCodable {
  func write(to writer: inout BinaryWriter) {
    writer.write(displayPath)
    writer.write(location)
    writer.write(sourceLine)
  }

  init(from reader: inout BinaryReader) throws {
    self.init(displayPath: try reader.read(), location: try reader.read(), sourceLine: try reader.read())
  }
}

extension Located<String>: BinaryCodable {
  func write(to writer: inout BinaryWriter) {
    writer.write(value)
    writer.write(location)
  }

  init(from reader: inout BinaryReader) throws {
    self.init(try reader.read(), at: try reader.read())
  }
}

extension Diagnostic: BinaryCodable {
  func write(to writer: inout BinaryWriter) {
    writer.write(isError)
    writer.write(path)
    writer.write(line)
    writer.write(column)
    writer.write(message)
    writer.write(sourceLine)
  }

  init(from reader: inout BinaryReader) throws {
    self.init(
      try reader.read(Bool.self) ? .error : .warning, path: try reader.read(), line: try reader.read(),
      column: try reader.read(), message: try reader.read(), sourceLine: try reader.read())
  }
}

/// A fragment is stored without its HTML: what lists show, not the body (see `Fragment`).
extension Fragment: BinaryCodable {
  func write(to writer: inout BinaryWriter) {
    writer.write(summary)
    writer.write(headingIDs)
    writer.write(hasSiteLinks)
    writer.write(hasIDs)
  }

  init(from reader: inout BinaryReader) throws {
    self.init(
      withoutHTMLSummary: try reader.read(), headingIDs: try reader.read(),
      hasSiteLinks: try reader.read(), hasIDs: try reader.read())
  }
}

extension Article: BinaryCodable {
  func write(to writer: inout BinaryWriter) {
    writer.write(slug)
    writer.write(order)
    writer.write(title)
    writer.write(section)
    writer.write(countries)
    writer.write(programs)
    writer.write(source)
    writer.write(sourceDate)
    writer.write(body)
    writer.write(issueNumber)
    writer.write(date)
    writer.write(sourcePath)
  }

  convenience init(from reader: inout BinaryReader) throws {
    self.init(
      slug: try reader.read(), order: try reader.read(), title: try reader.read(), section: try reader.read(),
      countries: try reader.read(), programs: try reader.read(), source: try reader.read(),
      sourceDate: try reader.read(), body: try reader.read(), issueNumber: try reader.read(), date: try reader.read(),
      sourcePath: try reader.read())
  }
}

extension Report: BinaryCodable {
  func write(to writer: inout BinaryWriter) {
    writer.write(slug)
    writer.write(title)
    writer.write(date)
    writer.write(kind.rawValue)
    writer.write(organization)
    writer.write(countries)
    writer.write(programs)
    writer.write(body)
    writer.write(sourcePath)
  }

  convenience init(from reader: inout BinaryReader) throws {
    let slug: String = try reader.read()
    let title: String = try reader.read()
    let date: Day = try reader.read()
    guard let kind = Kind(rawValue: try reader.read()) else { throw CorruptCache() }
    self.init(
      slug: slug, title: title, date: date, kind: kind, organization: try reader.read(), countries: try reader.read(),
      programs: try reader.read(), body: try reader.read(), sourcePath: try reader.read())
  }
}

extension Program: BinaryCodable {
  func write(to writer: inout BinaryWriter) {
    writer.write(slug)
    writer.write(name)
    writer.write(acronym)
    writer.write(aliases)
    writer.write(url)
    writer.write(description)
    writer.write(sourcePath)
  }

  init(from reader: inout BinaryReader) throws {
    self.init(
      slug: try reader.read(), name: try reader.read(), acronym: try reader.read(), aliases: try reader.read(),
      url: try reader.read(), description: try reader.read(), sourcePath: try reader.read())
  }
}

extension ProgramReference: BinaryCodable {
  func write(to writer: inout BinaryWriter) {
    writer.write(slug)
    writer.write(place)
  }

  init(from reader: inout BinaryReader) throws {
    self.init(slug: try reader.read(), place: try reader.read())
  }
}

extension SiteLink: BinaryCodable {
  func write(to writer: inout BinaryWriter) {
    writer.write(sourcePath)
    writer.write(place)
    writer.write(destination)
    writer.write(targetPath)
    writer.write(fragment)
    writer.write(route)
  }

  init(from reader: inout BinaryReader) throws {
    self.init(
      sourcePath: try reader.read(), place: try reader.read(), destination: try reader.read(),
      targetPath: try reader.read(), fragment: try reader.read(), route: try reader.read())
  }
}

extension ParsedFile: BinaryCodable {
  func write(to writer: inout BinaryWriter) {
    switch self {
    case .issueNote(let folder, let note):
      writer.write(0)
      writer.write(folder)
      writer.write(note)
    case .article(let folder, let article, let programs, let isDraft):
      writer.write(1)
      writer.write(folder)
      writer.write(article)
      writer.write(programs)
      writer.write(isDraft)
    case .report(let report, let programs, let isDraft):
      writer.write(2)
      writer.write(report)
      writer.write(programs)
      writer.write(isDraft)
    case .program(let program):
      writer.write(3)
      writer.write(program)
    case .nothing:
      writer.write(4)
    }
  }

  init(from reader: inout BinaryReader) throws {
    switch try reader.read(Int.self) {
    case 0: self = .issueNote(folder: try reader.read(), try reader.read())
    case 1:
      self = .article(folder: try reader.read(), try reader.read(), programs: try reader.read(), isDraft: try reader.read())
    case 2: self = .report(try reader.read(), programs: try reader.read(), isDraft: try reader.read())
    case 3: self = .program(try reader.read())
    case 4: self = .nothing
    default: throw CorruptCache()
    }
  }
}

extension ParseResult: BinaryCodable {
  func write(to writer: inout BinaryWriter) {
    writer.write(parsed)
    writer.write(diagnostics)
    writer.write(links)
  }

  init(from reader: inout BinaryReader) throws {
    self.init(parsed: try reader.read(), diagnostics: try reader.read(), links: try reader.read())
  }
}

extension IssueHeader: BinaryCodable {
  func write(to writer: inout BinaryWriter) {
    writer.write(number)
    writer.write(numberPlace)
    writer.write(date)
    writer.write(title)
    writer.write(sections)
    writer.write(isDraft)
    writer.write(body)
    writer.write(bodyFirstLine)
  }

  init(from reader: inout BinaryReader) throws {
    self.init(
      number: try reader.read(), numberPlace: try reader.read(), date: try reader.read(), title: try reader.read(),
      sections: try reader.read(), isDraft: try reader.read(), body: try reader.read(),
      bodyFirstLine: try reader.read())
  }
}
