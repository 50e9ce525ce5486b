/// The number of edits (insert, delete, replace, or swap two neighbours) that turn `a` into
/// `b`, by `Character`: the optimal string alignment distance, so that "Loas" is one edit
/// from "Laos".
func editDistance(_ a: String, _ b: String) -> Int {
  let a = Array(a)
  let b = Array(b)
  if a.isEmpty { return b.count }
  if b.isEmpty { return a.count }
  var beforePrevious = [Int](repeating: 0, count: b.count + 1)
  var previous = Array(0...b.count)
  var current = [Int](repeating: 0, count: b.count + 1)
  for i in 1...a.count {
    current[0] = i
    for j in 1...b.count {
      let cost = a[i - 1] == b[j - 1] ? 0 : 1
      current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
        current[j] = min(current[j], beforePrevious[j - 2] + 1)
      }
    }
    (beforePrevious, previous, current) = (previous, current, beforePrevious)
  }
  return previous[b.count]
}

/// The candidate closest to `word`, if it is close enough to be a likely typo.
func closestMatch(to word: String, in candidates: some Sequence<String>) -> String? {
  var best: (distance: Int, candidate: String)?
  for candidate in candidates {
    let distance = editDistance(word.lowercased(), candidate.lowercased())
    if distance < (best?.distance ?? Int.max) { best = (distance, candidate) }
  }
  guard let best, best.distance <= max(1, word.count / 3) else { return nil }
  return best.candidate
}
