/// A reproducible random sample of candidates. The same candidates, count and
/// seed always give the same sample, on any machine and with any Swift: the
/// generator and the draw are written out here, never the system's, and the
/// candidates are put in order of reference first, so a list exported again
/// in another order gives the same sample.
///
/// Recording the seed with the reason for selection lets anyone check that
/// the cases were drawn as stated.
public enum CaseSample {
    /// `count` candidates without repeats, in the order drawn; all of them,
    /// shuffled, when there are no more than `count`.
    public static func draw(_ count: Int, from candidates: [Candidate], seed: UInt64) -> [Candidate] {
        guard count > 0, !candidates.isEmpty else { return [] }
        // By reference (byte order, not the locale's), then by place in the list for repeats.
        var pool = candidates.enumerated().sorted { first, second in
            if first.element.ref == second.element.ref { return first.offset < second.offset }
            return first.element.ref.utf8.lexicographicallyPrecedes(second.element.ref.utf8)
        }.map(\.element)
        var generator = SplitMix64(seed: seed)
        let wanted = min(count, pool.count)
        // The first `wanted` steps of a Fisher–Yates shuffle.
        for index in 0..<wanted {
            let other = index + Int(generator.next(below: UInt64(pool.count - index)))
            pool.swapAt(index, other)
        }
        return Array(pool.prefix(wanted))
    }
}

/// Steele, Lea and Flood's SplitMix64 (as in Vigna's `splitmix64.c`): small,
/// fast and fully specified, so its numbers never change. Also the seeded
/// generator of the benchmarks' synthetic days and the crash harness's kills.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` without modulo bias (Lemire's multiply-and-reject).
    mutating func next(below bound: UInt64) -> UInt64 {
        precondition(bound > 0, "bound must be positive")
        var (high, low) = next().multipliedFullWidth(by: bound)
        if low < bound {
            let threshold = (0 &- bound) % bound
            while low < threshold {
                (high, low) = next().multipliedFullWidth(by: bound)
            }
        }
        return high
    }
}
