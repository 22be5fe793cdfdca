import Foundation
@testable import MACAKit
import MACATestSupport
import Testing

/// Two savings in the guard's cost per byte (issue 18), each held to what
/// it replaces: the date-of-birth recogniser's birth words looked for in the
/// text's bytes (``CueSearch``) rather than in the whole lower-cased text
/// through Foundation, and an event's redacted form made from its one scan.
@Suite("The identifier guard's birth-word search and single scan")
struct IdentifierGuardCueTests {
    static let words = DateOfBirthRecogniser.birthWords
    static let year = 2026

    static func sentences() throws -> [String] {
        try GuardCorpus.files.flatMap { try GuardCorpus.load($0).map(\.text) }
    }

    /// Fails with the text when the byte scan's answer (where it gives one),
    /// the search as used, or the date-of-birth findings differ from the reference.
    @discardableResult
    static func expectSame(_ string: String, sourceLocation: SourceLocation = #_sourceLocation) -> CueSearch.Answer {
        let reference = CueSearch.reference(string, anyOf: words)
        let answer = CueSearch.answer(string, anyOf: words)
        if answer != .unsure {
            #expect((answer == .yes) == reference, "byte scan said \(answer) for: \(string.debugDescription)", sourceLocation: sourceLocation)
        }
        #expect(CueSearch.lowercasedContains(string, anyOf: words) == reference, "search differs for: \(string.debugDescription)", sourceLocation: sourceLocation)
        let text = ScanText(string)
        let isName = NameRecogniser.isGazetteerName
        #expect(DateOfBirthRecogniser.find(in: text, referenceYear: year, isName: isName)
            == DateOfBirthRecogniser.find(in: text, referenceYear: year, isName: isName, bytewise: false),
            "date-of-birth findings differ in: \(string.debugDescription)", sourceLocation: sourceLocation)
        return answer
    }

    @Test("every sentence of every guard corpus: the birth words are found as Foundation finds them")
    func corpusSentences() throws {
        let all = try Self.sentences()
        #expect(all.count > 1000)
        var answers: [CueSearch.Answer: Int] = [:]
        for sentence in all { answers[Self.expectSame(sentence), default: 0] += 1 }
        // The corpora speak of births and of other things, so both settled answers are tested.
        #expect(answers[.yes, default: 0] > 50)
        #expect(answers[.no, default: 0] > 500)
    }

    /// Put at the cuts: birth words in any case and spacing, and the
    /// characters that make the bytes unsure: accents precomposed and
    /// combining, the Kelvin sign, dotted capital I, a ligature, a soft hyphen,
    /// joiners, letters outside the BMP, runs of characters outside ASCII.
    static let joins = [
        " ", "\n", " born ", "BORN", " Birth", " dob ", "D.O.B.", "d.o.b", " EDD ", "edd", " yob", "YoB",
        " date of delivery ", "Date Of Delivery", "date\u{00A0}of delivery", "birthday", "newborn", "stubborn",
        "borñ", "born\u{0303}", "bor\u{00F1}", "bo\u{0301}rn", "\u{0301}born", "b\u{0130}rth", "B\u{0130}RTH", "bırth", "ﬁrst birth",
        "\u{212A}", "e\u{0301}dd", "\u{00E9}dd", "ed\u{010F}", "y\u{0308}ob", "\u{00FF}ob", "do\u{0062}\u{0307}", "d.o.\u{1E03}",
        "bo\u{00AD}rn", "bi\u{200D}rth", "b\u{200B}orn", "日本語です", "🙂🙂🙂🙂", "𝐀", "é", "’", "—", "ä", "\u{0307}", "\u{00A0}",
        "born\u{0301} on 03/03/2019", " the third of May twenty fifteen ", " 3rd March 2019 ", " dob 1982 ", "aged 3 weeks ",
    ]

    @Test("thousands of seeded texts cut from the corpora and joined with birth words and awkward characters give Foundation's answer")
    func seededTexts() throws {
        let all = try Self.sentences().map { Array($0.utf16) }
        var random = SplitMix64(seed: 1818)
        var answers: [CueSearch.Answer: Int] = [:]
        for _ in 0..<4000 {
            var units: [UInt16] = []
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                let sentence = all.randomElement(using: &random)!
                var from = Int.random(in: 0...sentence.count, using: &random)
                while from < sentence.count, UTF16.isTrailSurrogate(sentence[from]) { from += 1 }
                var to = Int.random(in: from...sentence.count, using: &random)
                while to < sentence.count, UTF16.isTrailSurrogate(sentence[to]) { to += 1 }
                units += sentence[from..<to]
                units += Self.joins.randomElement(using: &random)!.utf16
            }
            answers[Self.expectSame(String(decoding: units, as: UTF16.self)), default: 0] += 1
        }
        // Each answer is given often, so none of the three ways is untested.
        #expect(answers[.yes, default: 0] > 500)
        #expect(answers[.no, default: 0] > 100)
        #expect(answers[.unsure, default: 0] > 500)
    }

    @Test("edge cases: at the text's ends, next to accents and marks, and with no birth word")
    func edges() {
        let cases: [(String, CueSearch.Answer)] = [
            ("", .no), ("born", .yes), ("BORN", .yes), ("xborn", .yes), ("born.", .yes), ("bor", .no), ("no cue here", .no),
            ("café", .no), ("borné", .unsure), ("éborn", .unsure), ("bor\u{00F1}", .unsure), ("bo\u{0301}rn", .unsure),
            ("b\u{0130}rth", .unsure), ("日本語", .unsure), ("dat\u{00E9} of delivery", .unsure), ("a naïve plan", .no),
            ("born\u{0301}, and born", .yes),
        ]
        for (string, expected) in cases {
            #expect(CueSearch.answer(string, anyOf: Self.words) == expected, "\(string.debugDescription)")
            Self.expectSame(string)
        }
    }

    @Test("one scan of an event gives scan(event)'s findings and redact(event)'s event, for answers, tags and several fields")
    func scannedEvents() throws {
        let guardian = IdentifierGuard(names: [(name: "Kayden Smith", role: "child")], referenceYear: Self.year)
        var random = SplitMix64(seed: 1819)
        // Every sixth corpus sentence: each event is scanned three times, and a debug build's guard is slow.
        let all = try Self.sentences()
        let sample = stride(from: 0, to: all.count, by: 6).map { all[$0] }
        var replaced = 0
        for (index, sentence) in sample.enumerated() {
            let other = all.randomElement(using: &random)!
            let events: [Event] = [
                .answerGiven(AnswerGiven(key: AnswerKey(ref: "C-1", question: "q"), value: .text(sentence))),
                .answerGiven(AnswerGiven(key: AnswerKey(ref: "C-1", question: "t"), value: .tags([sentence, "delay", other, "Kayden Smith"]))),
                .actionAdded(CaseEntry(ref: "C-1", id: "A\(index)", fields: ["what": .text(sentence), "who": .text(other), "why": .text("Kayden Smith's school")])),
                .recommendationMade(RecommendationMade(id: "R1", theme: "t", text: sentence, owner: other, due: "", measure: sentence, resources: "", status: .amber, by: "")),
            ]
            for event in events {
                let scanned = guardian.scanned(event)
                #expect(scanned.findings == guardian.scan(event), "findings differ for: \(sentence.debugDescription)")
                #expect(scanned.redacted == guardian.redact(event), "redacted event differs for: \(sentence.debugDescription)")
                if scanned.redacted != event { replaced += 1 }
            }
        }
        // Most events hold something to replace, so the redacted forms compared are not the events themselves.
        #expect(replaced > 400)
    }
}
