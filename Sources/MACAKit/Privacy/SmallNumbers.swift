/// The partnership's small-number threshold, and the disclosure engine
/// applied to one table with its row and column totals printed: the rule
/// itself is ``Disclosure`` (`Documentation/SmallNumbers.md`), and a report
/// applies it to all of its counts at once, not table by table.
public struct SmallNumbers: Sendable, Equatable {
    /// Counts below this (and above 0) are hidden. 0 or 1 turns suppression off.
    public var threshold: Int

    public init(threshold: Int = 5) {
        self.threshold = threshold
    }

    /// The mark of a count hidden because it is small: `<5`.
    public var hidden: String { "<\(threshold)" }

    /// One count printed on its own, with nothing it adds up with.
    public func label(_ count: Int) -> CountLabel {
        threshold > 1 && count > 0 && count < threshold ? .small(below: threshold) : .exact(count)
    }

    /// A table of counts printed with its row totals, column totals and
    /// grand total: the cells hidden, and the totals too where needed, so
    /// that no hidden count can be worked out from the rest.
    public func table(_ counts: [[Int]]) -> (cells: [[CountLabel]], rowTotals: [CountLabel], columnTotals: [CountLabel], total: CountLabel) {
        let width = counts.map(\.count).max() ?? 0
        let cell = { (row: Int, column: Int) in CountKey("cell/\(row)/\(column)") }
        let rowKey = { (row: Int) in CountKey("row/\(row)") }
        let columnKey = { (column: Int) in CountKey("column/\(column)") }
        let total: CountKey = "total"
        var values: [CountKey: Int] = [total: counts.joined().reduce(0, +)]
        var relations: [CountRelation] = [.sum(total, of: counts.indices.map(rowKey))]
        for (row, line) in counts.enumerated() {
            for (column, count) in line.enumerated() { values[cell(row, column)] = count }
            values[rowKey(row)] = line.reduce(0, +)
            relations.append(.sum(rowKey(row), of: line.indices.map { cell(row, $0) }))
        }
        for column in 0..<width {
            let rows = counts.indices.filter { counts[$0].count > column }
            values[columnKey(column)] = rows.reduce(0) { $0 + counts[$1][column] }
            relations.append(.sum(columnKey(column), of: rows.map { cell($0, column) }))
        }
        let decision = Disclosure.decide(Disclosure.Problem(
            threshold: threshold, values: values, units: [Disclosure.Unit(prints: Set(values.keys), relations: relations, canWithhold: false)]
        ))
        return (
            counts.indices.map { row in counts[row].indices.map { decision.label(cell(row, $0)) } },
            counts.indices.map { decision.label(rowKey($0)) },
            (0..<width).map { decision.label(columnKey($0)) },
            decision.label(total)
        )
    }
}
