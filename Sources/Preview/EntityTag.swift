import Foundation

/// Entity tags for conditional requests: a strong tag made from a hash of the bytes served,
/// and the `If-None-Match` test that answers 304 Not Modified.
public enum EntityTag {
  /// `"<16 hex digits>"`: the FNV-1a hash of `bytes`, quoted.
  public static func make(for bytes: some Sequence<UInt8>) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    let hex = String(hash, radix: 16)
    return "\"" + String(repeating: "0", count: 16 - hex.count) + hex + "\""
  }

  /// Whether an `If-None-Match` header value matches `tag`: `*`, or a list of tags one of
  /// which is `tag` (compared weakly, as RFC 9110 asks for If-None-Match).
  public static func ifNoneMatch(_ header: String, matches tag: String) -> Bool {
    let candidates = header.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    return candidates.contains { candidate in
      candidate == "*" || (candidate.hasPrefix("W/") ? String(candidate.dropFirst(2)) : candidate) == tag
    }
  }
}
