extension RandomAccessCollection {
  /// The index of the first element for which `isAfter` is true, in a collection where it
  /// is false for every element before that one and true for every element after (a sorted
  /// list and a bound): a binary search.
  package func partitioningIndex(where isAfter: (Element) -> Bool) -> Index {
    var (low, high) = (startIndex, endIndex)
    while low != high {
      let middle = index(low, offsetBy: distance(from: low, to: high) / 2)
      if isAfter(self[middle]) { high = middle } else { low = index(after: middle) }
    }
    return low
  }
}
