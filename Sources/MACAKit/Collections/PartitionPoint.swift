extension RandomAccessCollection {
    /// The first index whose element is not `isBefore`, for a collection
    /// where every element that is comes before every one that is not
    /// (a binary search): the place a sorted list finds or would put a
    /// value, or the first span ending after an offset.
    func partitionPoint(where isBefore: (Element) throws -> Bool) rethrows -> Index {
        var low = startIndex
        var length = count
        while length > 0 {
            let half = length / 2
            let middle = index(low, offsetBy: half)
            if try isBefore(self[middle]) {
                low = index(after: middle)
                length -= half + 1
            } else {
                length = half
            }
        }
        return low
    }
}
