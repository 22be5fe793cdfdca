import Foundation
@testable import MACAKit
import MACATestSupport
import Testing

/// The school recogniser scans its lower-case pattern only in the runs of
/// text that hold a school word (issue 18: the guard's cost per byte). Its
/// findings must be the ones the scan of the whole text gives, which stays
/// callable as the reference: the same matches, in the same order.
@Suite("The identifier guard's windowed school scan")
struct IdentifierGuardWindowTests {
    static func sentences() throws -> [String] {
        try GuardCorpus.files.flatMap { try GuardCorpus.load($0).map(\.text) }
    }

    /// Fails with the text when the windowed and the whole-text scans differ.
    static func expectSame(_ string: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let text = ScanText(string)
        let windowed = SchoolRecogniser.lowerSchoolMatches(in: text).map { [$0.range, $0.lead] }
        let whole = text.matches(SchoolRecogniser.lowerSchool).map { [$0.range, $0.range(at: 1)] }
        #expect(windowed == whole, "lowerSchool matches differ in: \(string.debugDescription)", sourceLocation: sourceLocation)
        #expect(SchoolRecogniser.find(in: text) == SchoolRecogniser.find(in: text, windowed: false),
                "school findings differ in: \(string.debugDescription)", sourceLocation: sourceLocation)
    }

    @Test("every sentence of every guard corpus gives the whole-text scan's matches and findings")
    func corpusSentences() throws {
        let all = try Self.sentences()
        #expect(all.count > 1000)
        var withLowerSchool = 0
        for sentence in all {
            Self.expectSame(sentence)
            if !SchoolRecogniser.lowerSchoolMatches(in: ScanText(sentence)).isEmpty { withLowerSchool += 1 }
        }
        // The corpora hold lower-case schools, so the windows are exercised.
        #expect(withLowerSchool > 10)
    }

    /// Words put at the cuts: school words in either case, cue words, and
    /// characters at a run's edge (a letter outside the BMP, a no-break space,
    /// a curly apostrophe, a full stop, a line break).
    static let joins = [
        " ", "\n", " school ", " high ", "-high school ", "’s primary ", " st anne's primary ", " juniors", "junior ",
        " catholic secondary ", " c of e primary ", "college", " nursery\u{00A0}", "\u{00A0}academy ", " infants.", "PRU ",
        "𝐀high school ", "high𝐀 ", " dob 03/03/2019 ", " born on 3rd March ", "Oakwood Primary ", " the local high school ",
        "holy family college ", "ä high school", " é", "’", "'", "-", ".", "(", ") ",
    ]

    @Test("thousands of seeded texts cut from the corpora and joined with school and date words give the same matches and findings")
    func seededTexts() throws {
        let all = try Self.sentences().map { Array($0.utf16) }
        var random = SplitMix64(seed: 18)
        var total = 0
        for _ in 0..<4000 {
            var units: [UInt16] = []
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                let sentence = all.randomElement(using: &random)!
                // Cut at a random point on a character's boundary.
                var from = Int.random(in: 0...sentence.count, using: &random)
                while from < sentence.count, UTF16.isTrailSurrogate(sentence[from]) { from += 1 }
                var to = Int.random(in: from...sentence.count, using: &random)
                while to < sentence.count, UTF16.isTrailSurrogate(sentence[to]) { to += 1 }
                units += sentence[from..<to]
                units += Self.joins.randomElement(using: &random)!.utf16
            }
            let string = String(decoding: units, as: UTF16.self)
            total += SchoolRecogniser.lowerSchoolMatches(in: ScanText(string)).count
            Self.expectSame(string)
        }
        // Many texts hold a lower-case school, so the comparison is not of empty lists.
        #expect(total > 1000)
    }

    @Test("edge cases: at the text's ends, next to letters outside the BMP, and with no school word")
    func edges() {
        for string in [
            "", "high", "x high", "fir tree high school", "𝐀fir tree high school", "fir tree high school𝐀", "é low moor c of e primary.",
            "went to fir tree high school. then low moor c of e primary", "oakwood primary\nholy family college", "no school words here",
            "Abc fir tree high\u{00A0}school and st anne's primary", "’x high", "x-x high\u{00A0}\u{00A0}\u{00A0}school",
        ] {
            Self.expectSame(string)
        }
    }
}
