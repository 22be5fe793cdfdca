import Foundation
@testable import MACAKit
import MACATestSupport
import Testing

/// `SmartRules.words` reads ASCII text byte by byte and any other text by
/// `referenceWords`, its definition (issue 18: the template's example checks
/// at load tokenised every phrase list that way, 18 M instructions of the
/// first prompt). The two must give the same words for every text.
@Suite("SMART words: the ASCII reading equals the definition")
struct SmartWordsTests {
    /// Every phrase the rules compare, the default lists and the shipped templates' own.
    static func phrases() throws -> [String] {
        let rules = SmartRules.defaults
        var all = rules.vagueOpenings + rules.notMeasures + rules.evidence + rules.vagueOwners + rules.noResources
            + rules.hedges + rules.trends + rules.ownerQuantifiers + rules.groupOwners + rules.agencyNames
        for template in try TemplateLibrary(directory: "\(packageRoot)/audit-templates").all() {
            let smart = template.smart
            all += smart.vagueOpenings + smart.notMeasures + smart.evidence + smart.vagueOwners + smart.noResources
            all += smart.hedges + smart.trends + smart.ownerQuantifiers + smart.groupOwners + smart.agencyNames
            all += smart.examples.values
            all += template.agencies.flatMap { [$0.id, $0.name] }
        }
        return all
    }

    @Test("every phrase of the rules and the shipped templates, and every labelled action's text")
    func phrasesAndLabelledActions() throws {
        var texts = try Self.phrases()
        for path in [SmartActionSet.path, SmartActionSet.heldOutPath, SmartActionSet.heldOut2Path, SmartActionSet.heldOut3Path] {
            for row in try SmartActionSet.load(path) {
                texts += [row.action, row.owner, row.measure, row.resources, row.due]
            }
        }
        #expect(texts.count > 2_000)
        var ascii = 0
        for text in texts {
            #expect(SmartRules.words(text) == SmartRules.referenceWords(text), "\(text)")
            if SmartRules.asciiWords(text) != nil { ascii += 1 }
        }
        // Most of them take the byte path, so this compares it, not only the fallback.
        #expect(ascii * 10 > texts.count * 9)
    }

    @Test("texts at the edges: capitals, apostrophes at the ends and alone, %, CR LF, controls, and text beyond ASCII")
    func edges() {
        let texts = [
            "", " ", "'", "''", "' '", "'a'", "a'", "'a", "don't", "'tis", "o'clock'", "80%", "%", "50 % of 10",
            "IN-PROGRESS!", "In progress!", "A&E", "n/a", "N.A.", "line\r\nnext", "\r\n", "tab\there", "nul\u{0}byte", "\u{7F}del",
            "GCP2 S175", "Year-7", "___", "a_b", "x@y.z", "`back`", "~tilde~", "[brackets]", "{braces}", "semi;colon",
            "children’s", "’quoted’", "café", "İstanbul", "ǅemal", "ﬁle", "①②", "٣ days", "x²", "e\u{301}", "👍 ok", "Ω",
            "no\u{A0}break", "em—dash", "naïve", "STRASSE straße",
        ]
        for text in texts {
            #expect(SmartRules.words(text) == SmartRules.referenceWords(text), "\(text.debugDescription)")
        }
        #expect(SmartRules.asciiWords("children’s") == nil)
        #expect(SmartRules.asciiWords("'Ongoing' - IN PROGRESS, 80%") == ["ongoing", "in", "progress", "80%"])
    }

    @Test("10,000 seeded texts drawn from ASCII and a few characters beyond it")
    func seeded() {
        let ascii = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }
        let beyond: [Character] = ["’", "é", "İ", "ß", "²", "\u{A0}", "—", "\u{301}", "👍", "\r\n"]
        var generator = SplitMix64(seed: 18)
        var compared = 0
        for round in 0..<10_000 {
            let length = Int.random(in: 0...40, using: &generator)
            // Every fourth text may hold characters beyond ASCII; the rest are ASCII alone.
            let alphabet = round % 4 == 0 ? ascii + beyond : ascii
            // Letters, digits, apostrophes and spaces weighted up, so words and their ends are common.
            let weighted = alphabet + Array("aAzZ09'' %etn ".map { $0 }) + Array(repeating: " ", count: 4)
            let text = String((0..<length).map { _ in weighted[Int.random(in: 0..<weighted.count, using: &generator)] })
            #expect(SmartRules.words(text) == SmartRules.referenceWords(text), "\(text.debugDescription)")
            compared += 1
        }
        #expect(compared == 10_000)
    }
}
