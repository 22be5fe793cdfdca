/// How far a typed word is from one the tool knows, for naming the one
/// meant when a hurried facilitator slips (`:sectoins`, `polcie`), or a
/// config or template names a field wrongly (`supress-below`).
public enum Typo {
    /// Letters added, removed or changed, with two neighbouring letters swapped counted as one.
    public static func distance(_ a: String, _ b: String) -> Int {
        distance(Array(a), Array(b))
    }

    /// Over any elements (characters, or a file's UTF-8 bytes); `swaps`
    /// false counts a swap as two changes (plain Levenshtein, as the config
    /// and template readers' "did you mean" always has).
    public static func distance<Element: Equatable>(_ a: [Element], _ b: [Element], swaps: Bool = true) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var rows = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { rows[i][0] = i }
        for j in 0...b.count { rows[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                rows[i][j] = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
                if swaps, i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 1) }
            }
        }
        return rows[a.count][b.count]
    }
}
