/// Makes the `id` of a heading from its text, GitHub style: lower case, letters and digits
/// kept (any script), spaces and hyphens become one hyphen, everything else is dropped.
/// A repeated id gets `-1`, `-2`, … appended.
struct HeadingIDMaker {
  private var used: Set<String> = []

  mutating func makeID(for text: String) -> String {
    var slug = ""
    var pendingHyphen = false
    for scalar in text.lowercased().unicodeScalars {
      if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" {
        if pendingHyphen && !slug.isEmpty { slug.append("-") }
        pendingHyphen = false
        slug.unicodeScalars.append(scalar)
      } else if scalar == " " || scalar == "-" || scalar == "\t" {
        pendingHyphen = true
      }
    }
    if slug.isEmpty { slug = "section" }
    var id = slug
    var suffix = 0
    while used.contains(id) {
      suffix += 1
      id = "\(slug)-\(suffix)"
    }
    used.insert(id)
    return id
  }
}
