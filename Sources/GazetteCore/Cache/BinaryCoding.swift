/// A value that can be written to and read back from the parse cache's compact binary form.
protocol BinaryCodable {
  func write(to writer: inout BinaryWriter)
  init(from reader: inout BinaryReader) throws
}

/// Appends values as bytes: integers as 8 bytes little-endian, strings and arrays with their
/// length first.
struct BinaryWriter {
  var bytes: [UInt8] = []

  mutating func write(_ value: some BinaryCodable) {
    value.write(to: &self)
  }

  mutating func writeInteger(_ value: Int64) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  mutating func writeBytes(_ buffer: UnsafeRawBufferPointer) {
    writeInteger(Int64(buffer.count))
    bytes.append(contentsOf: buffer)
  }
}

/// The cache's bytes are not what a writer wrote: the cache is dropped.
struct CorruptCache: Error {}

/// Reads what a `BinaryWriter` wrote, checking every length against what is left, so that
/// damaged bytes throw `CorruptCache` instead of crashing.
struct BinaryReader {
  private let bytes: UnsafeRawBufferPointer
  private(set) var offset = 0

  init(_ bytes: UnsafeRawBufferPointer) {
    self.bytes = bytes
  }

  var isAtEnd: Bool { offset == bytes.count }

  mutating func read<Value: BinaryCodable>(_: Value.Type = Value.self) throws -> Value {
    try Value(from: &self)
  }

  mutating func readInteger() throws -> Int64 {
    guard bytes.count - offset >= 8 else { throw CorruptCache() }
    let value = Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: Int64.self))
    offset += 8
    return value
  }

  /// A count or length: not negative, and no more than the bytes left.
  mutating func readCount() throws -> Int {
    let count = try readInteger()
    guard count >= 0, count <= bytes.count - offset else { throw CorruptCache() }
    return Int(count)
  }

  mutating func readBytes() throws -> UnsafeRawBufferPointer {
    let count = try readCount()
    defer { offset += count }
    return UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count])
  }
}

extension Int: BinaryCodable {
  func write(to writer: inout BinaryWriter) { writer.writeInteger(Int64(self)) }
  init(from reader: inout BinaryReader) throws { self = Int(try reader.readInteger()) }
}

extension Int64: BinaryCodable {
  func write(to writer: inout BinaryWriter) { writer.writeInteger(self) }
  init(from reader: inout BinaryReader) throws { self = try reader.readInteger() }
}

extension UInt64: BinaryCodable {
  func write(to writer: inout BinaryWriter) { writer.writeInteger(Int64(bitPattern: self)) }
  init(from reader: inout BinaryReader) throws { self = UInt64(bitPattern: try reader.readInteger()) }
}

extension Bool: BinaryCodable {
  func write(to writer: inout BinaryWriter) { writer.writeInteger(self ? 1 : 0) }
  init(from reader: inout BinaryReader) throws {
    switch try reader.readInteger() {
    case 0: self = false
    case 1: self = true
    default: throw CorruptCache()
    }
  }
}

extension String: BinaryCodable {
  func write(to writer: inout BinaryWriter) {
    var text = self
    text.withUTF8 { writer.writeBytes(UnsafeRawBufferPointer($0)) }
  }

  init(from reader: inout BinaryReader) throws {
    guard let text = String(validating: try reader.readBytes(), as: UTF8.self) else { throw CorruptCache() }
    self = text
  }
}

extension Optional: BinaryCodable where Wrapped: BinaryCodable {
  func write(to writer: inout BinaryWriter) {
    writer.write(self != nil)
    if let self { writer.write(self) }
  }

  init(from reader: inout BinaryReader) throws {
    self = try reader.read(Bool.self) ? try reader.read(Wrapped.self) : nil
  }
}

extension Array: BinaryCodable where Element: BinaryCodable {
  func write(to writer: inout BinaryWriter) {
    writer.writeInteger(Int64(count))
    for element in self { writer.write(element) }
  }

  init(from reader: inout BinaryReader) throws {
    // Every element takes at least one byte, so a count beyond the bytes left is damage.
    let count = try reader.readCount()
    self = []
    reserveCapacity(count)
    for _ in 0..<count { append(try reader.read(Element.self)) }
  }
}
