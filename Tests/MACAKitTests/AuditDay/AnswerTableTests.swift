@testable import MACAKit
import Testing

/// A case's answers are kept in key order in two arrays instead of a hash
/// table (issue 18). It must behave as the dictionary it replaced: held
/// here against a `[AnswerKey: RecordedAnswer]` under thousands of random
/// sets and removals, keys chosen so that they collide, differ only in
/// agency, and include an agency that is empty beside none.
@Suite("A case's table of answers")
struct AnswerTableTests {
    /// A small seeded generator, so a failure names a seed that repeats it.
    struct Mix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D1_049B_5133_11EB
            return z ^ (z >> 31)
        }
    }

    static let refs = ["C-1", "C-2", "ć-3"]
    static let questions = ["voice", "lived-experience", "worked-well", "e\u{301}", "\u{e9}", "overall"]
    static let agencies: [String?] = [nil, "", "police", "health", "children-social-care"]

    static func key(_ random: inout Mix) -> AnswerKey {
        AnswerKey(ref: refs.randomElement(using: &random)!, question: questions.randomElement(using: &random)!,
                  agency: agencies.randomElement(using: &random)!)
    }

    static func answer(_ random: inout Mix) -> RecordedAnswer {
        let values: [AnswerValue] = [.text("a"), .choice("yes"), .grade(level: "good", rationale: "r"), .tags(["x", "y"])]
        var answer = RecordedAnswer(value: values.randomElement(using: &random), author: Bool.random(using: &random) ? "A" : "",
                                    writer: "w", timestamp: "t")
        if Bool.random(using: &random) { answer.fromReturn = "police" }
        return answer
    }

    @Test("random sets and removals leave the same answers as a dictionary, found the same way, in key order", arguments: 0 ..< 40)
    func againstDictionary(seed: UInt64) {
        var random = Mix(state: seed)
        var table = AnswerTable()
        var dictionary: [AnswerKey: RecordedAnswer] = [:]
        for _ in 0 ..< 300 {
            let key = Self.key(&random)
            switch Int.random(in: 0 ..< 10, using: &random) {
            case 0 ..< 6:
                let answer = Self.answer(&random)
                table[key] = answer
                dictionary[key] = answer
            case 6 ..< 8:
                table[key] = nil
                dictionary[key] = nil
            default:
                #expect(table.removeValue(forKey: key) == dictionary.removeValue(forKey: key))
            }
            let probe = Self.key(&random)
            #expect(table[probe] == dictionary[probe], "seed \(seed): \(probe)")
        }
        #expect(table.count == dictionary.count)
        #expect(table.isEmpty == dictionary.isEmpty)
        for (key, answer) in dictionary { #expect(table[key] == answer, "seed \(seed): \(key)") }
        #expect(Set(table.keys) == Set(dictionary.keys))
        #expect(table.keys.count == Set(table.keys).count, "a key held twice")
        #expect(zip(table.keys, table.keys.dropFirst()).allSatisfy { $0 < $1 }, "seed \(seed): out of order")
        #expect(table.map(\.key) == table.keys && table.map(\.value) == table.values)
        #expect(table.mapValues(\.value) == dictionary.mapValues(\.value))
        let police = table.filter { $0.key.agency == "police" }
        #expect(police.count == dictionary.filter { $0.key.agency == "police" }.count && police.allSatisfy { $0.key.agency == "police" })
    }

    @Test("tables with the same answers are equal whatever order they were set in, and compacting keeps them", arguments: 0 ..< 20)
    func equality(seed: UInt64) {
        var random = Mix(state: seed)
        var pairs: [AnswerKey: RecordedAnswer] = [:]
        for _ in 0 ..< 40 { pairs[Self.key(&random)] = Self.answer(&random) }
        var forward = AnswerTable(), backward = AnswerTable()
        let list = Array(pairs)
        for (key, answer) in list { forward[key] = answer }
        for (key, answer) in list.reversed() { backward[key] = answer }
        #expect(forward == backward)
        #expect(forward.compacted() == forward)
        var changed = forward
        if let first = list.first {
            changed[first.key] = nil
            #expect(changed != forward)
        }
        let stripped = forward.compacted { RecordedAnswer(value: $0.value, author: "", writer: "", timestamp: "") }
        #expect(stripped.keys == forward.keys && stripped.values.map(\.value) == forward.values.map(\.value))
        #expect(stripped.values.allSatisfy { $0.author.isEmpty && $0.writer.isEmpty })
    }

    @Test("an empty agency and no agency are two keys")
    func emptyAgency() {
        var table: AnswerTable = [:]
        let none = AnswerKey(ref: "C-1", question: "q", agency: nil)
        let empty = AnswerKey(ref: "C-1", question: "q", agency: "")
        table[empty] = RecordedAnswer(value: .text("empty"), author: "", writer: "", timestamp: "")
        table[none] = RecordedAnswer(value: .text("none"), author: "", writer: "", timestamp: "")
        table[empty] = RecordedAnswer(value: .text("empty again"), author: "", writer: "", timestamp: "")
        #expect(table.count == 2)
        #expect(table[none]?.value == .text("none") && table[empty]?.value == .text("empty again"))
        #expect(table.keys == [none, empty])
    }
}
