/// Small-number suppression for published counts: a count from 1 to below
/// the threshold is shown as `<5`, and in any table enough other cells are
/// hidden too that no hidden cell can be worked out from a row's or a
/// column's other cells and its total.
public struct SmallNumbers: Sendable, Equatable {
    /// Counts below this (and above 0) are hidden. 0 or 1 turns suppression off.
    public var threshold: Int

    public init(threshold: Int = 5) {
        self.threshold = threshold
    }

    public var hidden: String { "<\(threshold)" }

    func isSmall(_ count: Int) -> Bool {
        count > 0 && count < threshold
    }

    /// One count on its own (a total, a count in a sentence).
    public func show(_ count: Int) -> String {
        isSmall(count) ? hidden : String(count)
    }

    /// A table of counts. Primary: every small count is hidden. Secondary:
    /// while a row or a column has exactly one hidden cell, the smallest
    /// other cell in it is hidden too (a zero included, since a known zero
    /// would give the hidden cell away from the total).
    public func table(_ counts: [[Int]]) -> [[String]] {
        guard threshold > 1 else { return counts.map { $0.map(String.init) } }
        var hide = counts.map { $0.map(isSmall) }
        var changed = true
        while changed {
            changed = false
            let rows = counts.indices.map { row in counts[row].indices.map { (row, $0) } }
            let width = counts.map(\.count).max() ?? 0
            let columns = (0..<width).map { column in counts.indices.filter { counts[$0].count > column }.map { ($0, column) } }
            for line in rows + columns where line.count > 1 {
                let hiddenCells = line.filter { hide[$0.0][$0.1] }
                guard hiddenCells.count == 1 else { continue }
                let candidates = line.filter { !hide[$0.0][$0.1] }
                if let next = candidates.min(by: { (counts[$0.0][$0.1], $0.0, $0.1) < (counts[$1.0][$1.1], $1.0, $1.1) }) {
                    hide[next.0][next.1] = true
                    changed = true
                }
            }
        }
        return counts.indices.map { row in counts[row].indices.map { hide[row][$0] ? hidden : String(counts[row][$0]) } }
    }

    /// A single row of counts that sum to a published total, e.g. cases by age band.
    public func row(_ counts: [Int]) -> [String] {
        table([counts])[0]
    }
}
