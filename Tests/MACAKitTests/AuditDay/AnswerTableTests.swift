@testable import MACAKit
import MACATestSupport
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

/// A report keeps each case's answers packed (issue 18): the same table,
/// read back from bytes. Held here to the table it was packed from over
/// random answers of every kind (text in other scripts, empty strings and
/// lists, every yes/partly/no, nil values, returns), and to the same
/// changes made to an unpacked copy.
@Suite("A case's answers, packed")
struct PackedAnswerTableTests {
    typealias Mix = AnswerTableTests.Mix

    /// "é" as "e" and an accent only: the same id spelled both ways is ``spelling()``'s.
    static let questions = ["voice", "lived-experience-of-the-child-in-full", "worked-well", "e\u{301}", "overall", ""]
    static let agencies: [String?] = [nil, "", "police", "health", "children-social-care-and-early-help"]
    static let texts = ["", "a", "Seen alone at school; said she was hungry.", "e\u{301}\u{e9} 👩‍👧 ق", String(repeating: "long ", count: 60), "line\nbreak\u{0}"]

    static func value(_ random: inout Mix) -> AnswerValue? {
        let text = { (random: inout Mix) in texts.randomElement(using: &random)! }
        switch Int.random(in: 0 ..< 10, using: &random) {
        case 0: return nil
        case 1: return .text(text(&random))
        case 2: return .choice(text(&random))
        case 3: return .choices((0 ..< Int.random(in: 0 ..< 4, using: &random)).map { _ in text(&random) })
        case 4: return .yesPartlyNo(YesPartlyNo.allCases.randomElement(using: &random)!, evidence: text(&random))
        case 5: return .grade(level: text(&random), rationale: text(&random))
        case 6: return .date("2026-12-05")
        case 7: return .tags((0 ..< Int.random(in: 0 ..< 200, using: &random)).map { _ in text(&random) })
        default: return .text(String(repeating: "x", count: Int.random(in: 100 ..< 400, using: &random)))
        }
    }

    static func table(_ random: inout Mix, ref: String = "C-1") -> AnswerTable {
        var table = AnswerTable()
        for _ in 0 ..< Int.random(in: 0 ..< 60, using: &random) {
            let key = AnswerKey(ref: ref, question: questions.randomElement(using: &random)!, agency: agencies.randomElement(using: &random)!)
            var answer = RecordedAnswer(value: value(&random), author: "", writer: "", timestamp: "")
            if Int.random(in: 0 ..< 4, using: &random) == 0 { answer.fromReturn = agencies.randomElement(using: &random)! ?? "police" }
            table[key] = answer
        }
        return table
    }

    static let ids = PackedAnswers.IDs(questions + agencies.compactMap { $0 })

    /// Every key and value as the bytes they would print.
    static func bytes(_ table: AnswerTable) -> [[UInt8]] {
        table.map { key, answer in Array("\(key.ref)|\(key.question)|\(key.agency ?? "-")|\(String(reflecting: answer.value))|\(answer.fromReturn ?? "-")".utf8) }
    }

    @Test("an id spelled another way is kept as spelled, by the day's ids and by the ids shared")
    func spelling() {
        let composed = "lived-experience-caf\u{E9}-visits", decomposed = "lived-experience-cafe\u{301}-visits"
        #expect(composed == decomposed && !composed.utf8.elementsEqual(decomposed.utf8))
        let ids = PackedAnswers.IDs([composed, decomposed, "police"])
        #expect(ids.number(composed) != nil && ids.number(decomposed) == nil)
        var table = AnswerTable()
        table[AnswerKey(ref: "C-1", question: decomposed, agency: "police")] = RecordedAnswer(value: .tags([decomposed]), author: "", writer: "", timestamp: "")
        let packed = table.packed(ids)
        #expect(!packed.isPacked, "a key numbered under the other spelling")
        #expect(Self.bytes(packed) == Self.bytes(table))
        let shared = SharedIDs()
        #expect(shared(composed).utf8.elementsEqual(composed.utf8))
        #expect(shared(decomposed).utf8.elementsEqual(decomposed.utf8), "shared as the first spelling seen")
        #expect(shared(String(composed)).utf8.elementsEqual(composed.utf8))
    }

    @Test("a day of more ids than 16 bits number keeps the answers keyed by the ones left out as they are")
    func tooManyIDs() {
        let many = (0 ..< 70_000).map { "question-\($0)" }
        let ids = PackedAnswers.IDs(many)
        #expect(ids.number("question-65534") != nil && ids.number("question-65535") == nil)
        var early = AnswerTable(), late = AnswerTable()
        early[AnswerKey(ref: "C-1", question: "question-1")] = RecordedAnswer(value: .text("t"), author: "", writer: "", timestamp: "")
        late[AnswerKey(ref: "C-1", question: "question-69999")] = RecordedAnswer(value: .text("t"), author: "", writer: "", timestamp: "")
        #expect(early.packed(ids).isPacked && !late.packed(ids).isPacked && late.packed(ids) == late)
    }

    @Test("a packed table reads as the one it was packed from, and changes as it would", arguments: 0 ..< 40)
    func readsTheSame(seed: UInt64) {
        var random = Mix(state: seed)
        let table = Self.table(&random)
        let packed = table.packed(Self.ids)
        #expect(packed.isPacked == !table.isEmpty, "seed \(seed)")
        #expect(packed == table && table == packed)
        #expect(packed.count == table.count && packed.isEmpty == table.isEmpty)
        #expect(packed.keys == table.keys, "seed \(seed)")
        #expect(packed.values == table.values, "seed \(seed)")
        // The same bytes, not only equal strings: "é" and "e" with an accent are equal to Swift, not to a reader.
        #expect(Self.bytes(packed) == Self.bytes(table), "seed \(seed)")
        #expect(packed.map(\.key) == table.map(\.key) && packed.map(\.value) == table.map(\.value))
        for question in Self.questions + ["not-asked"] {
            for agency in Self.agencies + ["probation"] {
                let key = AnswerKey(ref: "C-1", question: question, agency: agency)
                #expect(packed[key] == table[key], "seed \(seed): \(key)")
            }
        }
        #expect(packed[AnswerKey(ref: "C-2", question: "voice")] == nil)
        // The same changes to a packed copy and an unpacked one; the packed original is left as it was.
        var changedPacked = packed, changedTable = table
        for _ in 0 ..< 20 {
            let key = AnswerKey(ref: "C-1", question: Self.questions.randomElement(using: &random)!, agency: Self.agencies.randomElement(using: &random)!)
            let answer = Bool.random(using: &random) ? RecordedAnswer(value: Self.value(&random), author: "A", writer: "w", timestamp: "t") : nil
            changedPacked[key] = answer
            changedTable[key] = answer
            #expect(changedPacked == changedTable, "seed \(seed)")
        }
        #expect(!changedPacked.isPacked || changedPacked == packed)
        #expect(packed == table, "the packed original changed with its copy")
        #expect(packed.filter { $0.key.agency == "police" } == table.filter { $0.key.agency == "police" })
        #expect(packed.compacted() == table)
        // Every answer replaced: a packed table stays packed, and reads as the unpacked one replaced the same way.
        let replace = { (key: AnswerKey, answer: RecordedAnswer) -> RecordedAnswer in
            var changed = answer
            changed.value = answer.value?.mappingFreeText { "[\(key.question)] " + $0.uppercased() }
            return changed
        }
        let replacedPacked = packed.replacingAnswers(replace), replacedTable = table.replacingAnswers(replace)
        #expect(replacedPacked.isPacked == packed.isPacked && !replacedTable.isPacked)
        #expect(replacedPacked == replacedTable, "seed \(seed)")
        if let (key, text) = table.lazy.compactMap({ element -> (AnswerKey, String)? in
            if case let .text(text)? = element.value.value { (element.key, text) } else { nil }
        }).first {
            #expect(replacedPacked[key]?.value == .text("[\(key.question)] " + text.uppercased()), "seed \(seed): not replaced")
        }
    }

    @Test("a table that cannot be packed whole is kept as it is")
    func notPacked() {
        var random = Mix(state: 7)
        var table = Self.table(&random)
        while table.count < 3 { table = Self.table(&random) }
        // Answers of two cases.
        var twoCases = table
        twoCases[AnswerKey(ref: "C-2", question: "voice")] = RecordedAnswer(value: .text("t"), author: "", writer: "", timestamp: "")
        #expect(!twoCases.packed(Self.ids).isPacked)
        // A question the day's ids do not number.
        var unnumbered = table
        unnumbered[AnswerKey(ref: "C-1", question: "unlisted")] = RecordedAnswer(value: .text("t"), author: "", writer: "", timestamp: "")
        #expect(!unnumbered.packed(Self.ids).isPacked)
        // An answer that still says who gave it: packing would lose it.
        var attributed = table
        attributed[AnswerKey(ref: "C-1", question: "voice")] = RecordedAnswer(value: .text("t"), author: "A", writer: "", timestamp: "")
        let kept = attributed.packed(Self.ids)
        #expect(!kept.isPacked && kept == attributed)
        #expect(table.packed(Self.ids).isPacked)
    }

    @Test("a report's cut-down day keeps its answers packed, and the same answers")
    func reportDay() throws {
        let day = DayFold.fold(try SessionStore.readDay("\(packageRoot)/examples/sessions/2026-10-14-neglect"))
        let kept = day.forReport()
        #expect(!kept.cases.isEmpty && kept.cases.allSatisfy { $0.answers.isEmpty || $0.answers.isPacked })
        for (whole, cut) in zip(day.cases, kept.cases) {
            #expect(Self.bytes(cut.answers) == Self.bytes(whole.answers))
            #expect(cut.answers.mapValues(\.value) == whole.answers.mapValues(\.value))
            #expect(cut.answers.mapValues(\.fromReturn) == whole.answers.mapValues(\.fromReturn))
        }
    }
}
