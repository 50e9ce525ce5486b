/// A 64-bit hash of bytes that is the same in every run and on every machine (unlike
/// `Hasher`, which is seeded per process), for telling changed content from unchanged.
/// Not for security: fast, eight bytes at a time.
package struct StableHash {
  private(set) package var value: UInt64 = 0x243F_6A88_85A3_08D3

  package init() {}

  package mutating func combine(_ bytes: UnsafeRawBufferPointer) {
    var offset = 0
    while offset + 8 <= bytes.count {
      mix(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      offset += 8
    }
    var tail: UInt64 = 0
    for index in offset..<bytes.count { tail = tail << 8 | UInt64(bytes[index]) }
    mix(tail ^ UInt64(bytes.count) << 56)
  }

  package mutating func combine(_ number: UInt64) {
    mix(number)
  }

  package mutating func combine(_ text: String) {
    var text = text
    text.withUTF8 { combine(UnsafeRawBufferPointer($0)) }
  }

  private mutating func mix(_ word: UInt64) {
    value = (value ^ word) &* 0x9E37_79B9_7F4A_7C15
    value ^= value >> 29
  }

  /// The hash of `bytes`.
  package static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var hash = StableHash()
    hash.combine(bytes)
    return hash.value
  }
}
