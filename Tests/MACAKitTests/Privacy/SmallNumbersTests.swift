import MACAKit
import Testing

@Suite("Small-number suppression")
struct SmallNumbersTests {
    let small = SmallNumbers()

    @Test("counts from 1 to 4 are hidden; 0 and 5 or more are shown on their own")
    func single() {
        #expect((0...6).map(small.show) == ["0", "<5", "<5", "<5", "<5", "5", "6"])
        #expect(SmallNumbers(threshold: 1).show(2) == "2")
    }

    @Test("no row or column of 200 random tables keeps exactly one hidden cell, so none can be worked out from its total")
    func secondarySuppression() {
        var random = SplitMix64(seed: 5)
        for _ in 0..<200 {
            let rows = Int.random(in: 1...6, using: &random), columns = Int.random(in: 1...5, using: &random)
            let counts = (0..<rows).map { _ in (0..<columns).map { _ in [0, 0, 1, 2, 3, 4, 5, 7, 12].randomElement(using: &random)! } }
            let shown = small.table(counts)
            for row in counts.indices {
                for column in counts[row].indices {
                    let count = counts[row][column]
                    if count > 0 && count < 5 { #expect(shown[row][column] == "<5") }
                    if shown[row][column] != "<5" { #expect(shown[row][column] == String(count)) }
                }
                if columns > 1 { #expect(shown[row].filter { $0 == "<5" }.count != 1, "row \(counts[row]) → \(shown[row])") }
            }
            if rows > 1 {
                for column in 0..<columns {
                    #expect(shown.map { $0[column] }.filter { $0 == "<5" }.count != 1, "column \(column) of \(counts) → \(shown)")
                }
            }
        }
    }

    @Test("a row that sums to a published total hides a second cell beside a lone small one")
    func publishedTotal() {
        // The zero is hidden too: shown, it would let the 3 be worked out from the total.
        #expect(small.row([3, 9, 0, 12]) == ["<5", "9", "<5", "12"])
        #expect(small.row([0, 7, 0]) == ["0", "7", "0"])
    }
}
