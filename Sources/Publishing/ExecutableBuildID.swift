#if canImport(Glibc)
  import Glibc
#endif

/// The GNU build ID of the running executable: a hash of its contents that the linker
/// writes into a note, found through the ELF program headers with three small reads
/// instead of reading the whole file.
enum ExecutableBuildID {
  /// As hexadecimal digits; nil when the executable is not a 64-bit ELF file with one.
  static let current: String? = {
    let file = open("/proc/self/exe", O_RDONLY | O_CLOEXEC)
    guard file >= 0 else { return nil }
    defer { close(file) }
    guard let id = buildID(in: file) else { return nil }
    return id.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
  }()

  private static func buildID(in file: Int32) -> [UInt8]? {
    // The ELF header: magic, class 2 (64-bit), data 1 (little-endian); then where the
    // program headers are, how large each is and how many there are.
    guard let header = read(file, at: 0, count: 64), header.starts(with: [0x7F, 0x45, 0x4C, 0x46, 2, 1]) else {
      return nil
    }
    let tableOffset = Int(header.load(at: 32, as: UInt64.self))
    let entrySize = Int(header.load(at: 54, as: UInt16.self))
    let entryCount = Int(header.load(at: 56, as: UInt16.self))
    guard entrySize >= 56, let table = read(file, at: tableOffset, count: entrySize * entryCount) else { return nil }
    let noteType: UInt32 = 4
    for index in 0..<entryCount {
      let entry = index * entrySize
      guard table.load(at: entry, as: UInt32.self) == noteType else { continue }
      let offset = Int(table.load(at: entry + 8, as: UInt64.self))
      let size = Int(table.load(at: entry + 32, as: UInt64.self))
      if size <= 1 << 16, let notes = read(file, at: offset, count: size), let id = buildID(inNotes: notes) {
        return id
      }
    }
    return nil
  }

  /// The description of the `NT_GNU_BUILD_ID` note among `notes`: each note is a 12-byte
  /// header (name size, description size, type), then the name and the description, each
  /// padded to 4 bytes.
  private static func buildID(inNotes notes: [UInt8]) -> [UInt8]? {
    let buildIDType: UInt32 = 3
    var offset = 0
    while offset + 12 <= notes.count {
      let nameSize = Int(notes.load(at: offset, as: UInt32.self))
      let descriptionSize = Int(notes.load(at: offset + 4, as: UInt32.self))
      let name = offset + 12
      let description = name + (nameSize + 3) / 4 * 4
      let end = description + (descriptionSize + 3) / 4 * 4
      guard end <= notes.count else { return nil }
      if notes.load(at: offset + 8, as: UInt32.self) == buildIDType && notes[name..<name + nameSize].elementsEqual("GNU\0".utf8) {
        return Array(notes[description..<description + descriptionSize])
      }
      offset = end
    }
    return nil
  }

  private static func read(_ file: Int32, at offset: Int, count: Int) -> [UInt8]? {
    var bytes = [UInt8](repeating: 0, count: count)
    let read = bytes.withUnsafeMutableBytes { pread(file, $0.baseAddress, count, off_t(offset)) }
    return read == count ? bytes : nil
  }
}

extension [UInt8] {
  /// The little-endian integer at `offset`.
  fileprivate func load<Integer: FixedWidthInteger>(at offset: Int, as type: Integer.Type) -> Integer {
    withUnsafeBytes { Integer(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: Integer.self)) }
  }
}
