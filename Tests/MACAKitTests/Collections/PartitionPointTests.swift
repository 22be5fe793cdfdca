@testable import MACAKit
import Testing

/// The one binary search the report and the guard share, held to a plain
/// scan for the first element that is not before, over random sorted
/// lists with repeats, empty ones, and every threshold either side.
@Suite("Finding a place in a sorted list")
struct PartitionPointTests {
    @Test("the first index not before a value is the one a scan finds", arguments: 0 ..< 20)
    func againstScan(seed: UInt64) {
        var random = AnswerTableTests.Mix(state: seed)
        for _ in 0 ..< 50 {
            let list = (0 ..< Int.random(in: 0 ..< 40, using: &random)).map { _ in Int.random(in: 0 ..< 20, using: &random) }.sorted()
            for value in -1 ... 21 {
                #expect(list.partitionPoint { $0 < value } == (list.firstIndex { !($0 < value) } ?? list.count), "\(list) \(value)")
            }
            // A slice keeps its own indices.
            let slice = list.dropFirst(list.count / 3)
            #expect(slice.partitionPoint { $0 < 10 } == (slice.firstIndex { $0 >= 10 } ?? slice.endIndex))
        }
    }
}
