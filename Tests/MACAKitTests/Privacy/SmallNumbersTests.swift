import MACAKit
import MACATestSupport
import Testing

@Suite("Small-number suppression of one table with its totals")
struct SmallNumbersTests {
    let small = SmallNumbers()

    @Test("a count from 1 to 4 on its own reads <5; 0 and 5 or more are printed; threshold 1 hides nothing")
    func single() {
        #expect((0...6).map { small.label($0).figure } == ["0", "<5", "<5", "<5", "<5", "5", "6"])
        #expect(SmallNumbers(threshold: 1).label(2) == .exact(2))
        #expect(SmallNumbers(threshold: 1).table([[1, 2], [3, 4]]).cells.joined().allSatisfy { !$0.isHidden })
    }

    @Test("the board chair's table: a 3 beside a 13 with totals printed; the 13 is hidden as [c], never as <5")
    func secondaryIsNotSmall() {
        let shown = small.table([[3, 13], [20, 12]])
        #expect(shown.cells[0][0] == .small(below: 5))
        #expect(shown.cells[0][1] == .secondary(atLeast: 5))
        #expect(shown.cells.joined().filter { $0 == .small(below: 5) }.count == 1)
        #expect(shown.rowTotals == [.exact(16), .exact(32)] && shown.columnTotals == [.exact(23), .exact(25)] && shown.total == .exact(48), "\(shown)")
    }

    @Test("a lone small cell in a row with its total printed takes a second cell with it; zeros stay 0")
    func publishedTotal() {
        let shown = small.table([[3, 9, 0]])
        #expect(shown.cells[0].map(\.figure) == ["<5", "[c]", "0"])
        #expect(shown.rowTotals == [.exact(12)])
        // Each column has only its one cell, so its total is hidden with it.
        #expect(shown.columnTotals.map(\.figure) == ["<5", "[c]", "0"])
        #expect(small.table([[0, 7, 0]]).cells[0] == [.exact(0), .exact(7), .exact(0)])
    }

    @Test("200 random tables with their totals: every label true, and no hidden cell can be worked out from the rest")
    func randomTables() {
        var random = SplitMix64(seed: 5)
        var hidden = 0
        for _ in 0..<200 {
            let rows = Int.random(in: 1...6, using: &random), columns = Int.random(in: 1...5, using: &random)
            let counts = (0..<rows).map { _ in (0..<columns).map { _ in [0, 0, 1, 2, 3, 4, 5, 7, 12].randomElement(using: &random)! } }
            let shown = small.table(counts)
            // The same table as a document, for the attacker that reads only what is printed.
            var truth: [CountKey: Int] = ["total": counts.joined().reduce(0, +)]
            var cells: [[ReportText]] = []
            var relations: [CountRelation] = [.sum("total", of: counts.indices.map { CountKey("row/\($0)") })]
            for row in counts.indices {
                let keys = counts[row].indices.map { CountKey("cell/\(row)/\($0)") }
                for (key, count) in zip(keys, counts[row]) { truth[key] = count }
                truth[CountKey("row/\(row)")] = counts[row].reduce(0, +)
                relations.append(.sum(CountKey("row/\(row)"), of: keys))
                cells.append(zip(keys, shown.cells[row]).map { "\(ReportCount(key: $0, label: $1))" } + ["\(ReportCount(key: CountKey("row/\(row)"), label: shown.rowTotals[row]))"])
            }
            for column in 0..<columns {
                truth[CountKey("column/\(column)")] = counts.reduce(0) { $0 + $1[column] }
                relations.append(.sum(CountKey("column/\(column)"), of: counts.indices.map { CountKey("cell/\($0)/\(column)") }))
            }
            cells.append((0..<columns).map { "\(ReportCount(key: CountKey("column/\($0)"), label: shown.columnTotals[$0]))" } + ["\(ReportCount(key: "total", label: shown.total))"])
            let document = ReportDocument(title: "table", threshold: 5, blocks: [
                .table(ReportTable(header: [], rows: cells, rowBasis: .categories, relations: relations)),
            ])
            let problems = DisclosureAudit.check(document, truth: truth).problems
            #expect(problems.isEmpty, "\(counts) → \(shown.cells.map { $0.map(\.figure) }): \(problems)")
            hidden += shown.cells.joined().filter(\.isHidden).count
        }
        #expect(hidden > 200)
    }
}
