import Foundation
@testable import MACAKit
import MACATestSupport
import Testing

/// More savings in the guard's cost per byte (issue 18), each held to the
/// whole-text behaviour it replaces, which stays callable: the
/// date-of-birth, postcode, NI number and address recognisers run their
/// digit patterns only in windows around digits and the age pattern only
/// around "day" and "week"
/// (`ScanText.matches(_:within:)`), the agency reference recogniser asks
/// each cue's pattern only where the cue's words are (``CuedPattern``), and
/// the email recogniser asks Foundation for an @ only when one is there.
@Suite("The identifier guard's date and postcode windows, reference cues and @ search")
struct IdentifierGuardWindowedCueTests {
    static let year = 2026

    static func sentences() throws -> [String] {
        try GuardCorpus.files.flatMap { try GuardCorpus.load($0).map(\.text) }
    }

    /// The patterns run in windows, each with the windows it is run in.
    static func windowed(_ text: ScanText) -> [(name: String, pattern: NSRegularExpression, windows: [Range<Int>])] {
        let digits = DateOfBirthRecogniser.digitWindows(text)
        let postcodes = PostcodeRecogniser.digitWindows(text)
        let streets = AddressRecogniser.digitWindows(text)
        return [
            ("street", AddressRecogniser.street, streets), ("lowerStreet", AddressRecogniser.lowerStreet, streets),
            ("niNumber", NINumberRecogniser.candidate, NINumberRecogniser.digitWindows(text)), ("postcode", PostcodeRecogniser.full, postcodes), ("outwardPostcode", PostcodeRecogniser.outwardOnly, postcodes),
            ("date", DateOfBirthRecogniser.date, digits), ("bornInMonth", DateOfBirthRecogniser.bornInMonth, digits),
            ("yearOnly", DateOfBirthRecogniser.yearOnly, digits), ("age", DateOfBirthRecogniser.age, DateOfBirthRecogniser.ageWindows(text)),
        ]
    }

    /// Each windowed pattern's matches (every group), then each
    /// recogniser's findings, against the whole-text scan's; every cue's
    /// answer before every number against its pattern's alone. Returns how
    /// many windowed matches and cue answers of "yes" there were.
    @discardableResult
    static func expectSame(_ string: String, sourceLocation: SourceLocation = #_sourceLocation) -> (matches: Int, cues: Int) {
        let text = ScanText(string)
        var matches = 0
        for (name, pattern, windows) in windowed(text) {
            let groups = { (match: NSTextCheckingResult) in (0..<match.numberOfRanges).map { match.range(at: $0) } }
            let inWindows = text.matches(pattern, within: windows).map(groups)
            matches += inWindows.count
            #expect(inWindows == text.matches(pattern).map(groups), "\(name) matches differ in: \(string.debugDescription)",
                    sourceLocation: sourceLocation)
        }
        let isName = NameRecogniser.isGazetteerName
        #expect(DateOfBirthRecogniser.find(in: text, referenceYear: year, isName: isName)
            == DateOfBirthRecogniser.find(in: text, referenceYear: year, isName: isName, bytewise: false, windowed: false),
            "date-of-birth findings differ in: \(string.debugDescription)", sourceLocation: sourceLocation)
        #expect(DateOfBirthRecogniser.findAges(in: text) == DateOfBirthRecogniser.findAges(in: text, windowed: false),
                "ages differ in: \(string.debugDescription)", sourceLocation: sourceLocation)
        #expect(AddressRecogniser.find(in: text) == AddressRecogniser.find(in: text, windowed: false),
                "address findings differ in: \(string.debugDescription)", sourceLocation: sourceLocation)
        #expect(NINumberRecogniser.find(in: text) == NINumberRecogniser.find(in: text, windowed: false),
                "NI number findings differ in: \(string.debugDescription)", sourceLocation: sourceLocation)
        #expect(PostcodeRecogniser.find(in: text) == PostcodeRecogniser.find(in: text, windowed: false),
                "postcode findings differ in: \(string.debugDescription)", sourceLocation: sourceLocation)
        #expect(PostcodeRecogniser.findOutward(in: text) == PostcodeRecogniser.findOutward(in: text, windowed: false),
                "outward postcode findings differ in: \(string.debugDescription)", sourceLocation: sourceLocation)
        #expect(EmailRecogniser.find(in: text) == EmailRecogniser.find(in: text, bytewise: false),
                "email findings differ in: \(string.debugDescription)", sourceLocation: sourceLocation)
        #expect(CaseReferenceRecogniser.find(in: text) == CaseReferenceRecogniser.find(in: text, cued: false),
                "reference findings differ in: \(string.debugDescription)", sourceLocation: sourceLocation)
        // Every cue's answer, before every place a number could start (and at the text's end).
        var cues = 0
        let units = text.units
        for index in 0...units.count where index == units.count || ScanText.digit(units[index]) != nil {
            let before = text.before(index, 48)
            for (name, cue) in CaseReferenceRecogniser.cues {
                let cued = cue.occurs(in: before)
                if cued { cues += 1 }
                #expect(cued == cue.pattern.occurs(in: before), "cue \(name) differs before: \(before.debugDescription)", sourceLocation: sourceLocation)
            }
        }
        return (matches, cues)
    }

    @Test("every sentence of every guard corpus gives the whole-text scan's matches and findings")
    func corpusSentences() throws {
        let all = try Self.sentences()
        #expect(all.count > 1000)
        var matches = 0, cues = 0
        for sentence in all {
            let (found, cued) = Self.expectSame(sentence)
            matches += found
            cues += cued
        }
        // The corpora hold dates, ages and agency numbers, so the windows and the cues are exercised.
        #expect(matches > 300)
        #expect(cues > 100)
    }

    /// Put at the cuts: dates and their parts in every form, ages, cue words
    /// of each kind, and what stresses a window's edge: digits of other
    /// scripts (one outside the BMP), runs of spaces and no-break spaces,
    /// letters that case folding reads as ASCII (the Kelvin sign, long s,
    /// ligatures, a dotted capital I), combining marks, and characters a
    /// window stops at.
    static let joins = [
        " ", "\n", "  ", "\u{00A0}", ":", "(", ")", ";", "/", "-", ".", ",", "'", "’", "—", "é", "e\u{0301}", "\u{0301}", "🙂", "𝐀",
        "12", "3", "2019", " 03/03/2019 ", "2019-03-12", "12.3.19", "3 March 2019", "3rd of March, '19", "March   the 3rd, 2019",
        "12-Jul-2024", "12 03 2019", "SEPTEMBER.\u{00A0}\u{00A0}30TH, 2011", "born in March 2019", "BORN  IN  june 2020", " dob 1982 ",
        "DOB: 03/1982", " date of birth ", " born on ", " birthday is 3rd March ", "Kayden (", "Kerry Smith, ",
        "\u{0663}/\u{0663}/\u{0662}\u{0660}\u{0661}\u{0669}", "\u{0969}\u{0966}", "\u{FF13}", "\u{1D7D1}\u{1D7CF}", "\u{1D7CF}\u{1D7D1}/03/2019", "\u{1E951}",
        "10 days old", "a week old", "aged 3 weeks", "three-weeks-old", "12 days on ", "2 WEEKS AT ", "six wee\u{212A}s old", "da\u{0079}s",
        "\u{212A}", "\u{017F}", "\u{FB06}", "1\u{FB06} March 2019", "\u{0130}", "Sep\u{017F}",
        "crime ref ", "Crime Reference Number: ", "Mosaic ID ", "LCS ", "storm ", "CAD ", "log no. ", "Log ", " of 04/06/2024",
        "occurrence ", "MASH contact ", "child id ", "case number ", "UPN ", "police incident ", "ICS ref ", "early help id ",
        "Liquid Logic person id ", "no. ", "#", "ref: ", "1234567", "13/123456/24", "1234-150324", "0815hrs", "9am", "2005",
        "c\u{212A}ime ref ", "\u{212A}ayden ", "mosaic\u{0301} id ",
        "LS6 1AA", "SW1A\u{00A0}1AA", "ls61aa", "LS6", " postcode BD3 ", "lives in LS6 ", "CR0 2AB", "M1  1AE", "B2", "Y10 2nd",
        "\u{0661}AA", "LS\u{0666} 1AA", "LS\u{1D7D4} 1AA", "jane@example.org", "j.smith @ example . org", "a@\u{0301}b.com", "@",
        "kaydenm@gmail", " jane at example dot org ", "QQ 12 34 56 C", "qq123456c", "AB-12-34-56-D", "NI number AB 123 456", "\u{212A}A 12 34 56 A",
        "JG\u{00A0}\u{0661}\u{0662} 34 56", "ab 12 34 56 c (NI)",
        "12 Acacia Avenue", "3 Church St.", "12-14 High Street", "12a, Mill Lane", "14 mill lane", "14\u{00A0}old mill lane",
        "7 \u{2013} 9 Rose Road", "12\tAcacia Avenue", "12 \n- 14 Acacia Avenue", "\u{0661}\u{0662} Acacia Avenue", "£12 Acacia Avenue",
        "123456 Oak Lane", "4 Ō\u{0301}ak Lane", "14 St. John's Row",
    ]

    @Test("thousands of seeded texts cut from the corpora and joined with dates, ages, cues and edge characters give the same matches and findings")
    func seededTexts() throws {
        let all = try Self.sentences().map { Array($0.utf16) }
        var random = SplitMix64(seed: 1819)
        var matches = 0, cues = 0
        for _ in 0..<4000 {
            var units: [UInt16] = []
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                let sentence = all.randomElement(using: &random)!
                var from = Int.random(in: 0...sentence.count, using: &random)
                while from < sentence.count, UTF16.isTrailSurrogate(sentence[from]) { from += 1 }
                var to = Int.random(in: from...sentence.count, using: &random)
                while to < sentence.count, UTF16.isTrailSurrogate(sentence[to]) { to += 1 }
                units += sentence[from..<to]
                for _ in 0..<Int.random(in: 1...3, using: &random) { units += Self.joins.randomElement(using: &random)!.utf16 }
            }
            let (found, cued) = Self.expectSame(String(decoding: units, as: UTF16.self))
            matches += found
            cues += cued
        }
        // Many texts hold a date, an age or a cued number, so the comparison is not of empty lists.
        #expect(matches > 2000)
        #expect(cues > 1000)
    }

    @Test("edge cases: at the text's ends, digits of other scripts, long runs of spaces, letters folded to ASCII")
    func edges() {
        for string in [
            "", "1", "𝟏", "2019", "born in March 2019", "March" + String(repeating: " ", count: 300) + "3, 2019",
            "3rd" + String(repeating: "\u{00A0}", count: 100) + "March 2019", "\u{1D7CF}\u{1D7D0}/\u{1D7CF}\u{1D7D0}/\u{1D7D0}\u{1D7CE}\u{1D7CF}\u{1D7D7}",
            "Entry 12: the child was 10 days old on 3 March 2019.", "six wee\u{212A}s old, dob 03/03/2019", "1\u{FB06} March 2019",
            "crime ref 1234567", "c\u{212A}ime ref 1234567", "Mosaic ID: 98765432", "storm 438", "log 679 of 04/06/2024",
            "twelve-weeks-old\n03/03/2019", "Sept. 3rd, 2019", "12/03/2019/4", "dob 03/1982.", "aged 3 weeks at 2 visits",
            "LS6 1AA", "LS6" + String(repeating: " ", count: 2) + "1AA", "moved to LS6", "SW1A 1AA.", "@", "a@\u{0301}b.com", "x@y.zz", "QQ 12 34 56 C", "QQ\u{00A0}\u{00A0}123\u{00A0}456",
            "NINO: JG-\u{1D7CF}\u{1D7D0}-34-56-D", "12 Acacia Avenue", "12" + String(repeating: " ", count: 200) + "Acacia Avenue",
            "\u{1D7CF}\u{1D7D0} Acacia Avenue", "1\u{1D7CF}2 Acacia Avenue", "Flat 3, 14 mill lane", "12\r\n- 14 Acacia Avenue",
        ] {
            Self.expectSame(string)
        }
    }
}

/// The pieces of text the recognisers read are cut from the scanned text's
/// UTF-16 units rather than through `NSString` (issue 18); each must be the
/// string `NSString.substring(with:)` gives for the same range.
@Suite("The identifier guard's pieces of text")
struct ScanTextPieceTests {
    @Test("every range of seeded texts with letters outside ASCII and the BMP, cut anywhere, gives NSString's substring")
    func seededRanges() throws {
        let sentences = try GuardCorpus.files.flatMap { try GuardCorpus.load($0).map(\.text) }
        let extras = ["🙂", "𝐀", "é", "e\u{0301}", "’", "日本", "\u{0000}", "\r\n", "a", " ", "\u{FFFD}", "\u{212A}", "\u{1D7CF}"]
        var random = SplitMix64(seed: 1820)
        var split = 0
        for _ in 0..<2000 {
            var string = ""
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                string += sentences.randomElement(using: &random)!
                string += extras.randomElement(using: &random)!
            }
            let text = ScanText(string)
            for _ in 0..<20 {
                let from = Int.random(in: 0...text.length, using: &random)
                let to = Int.random(in: from...min(text.length, from + 200), using: &random)
                let range = NSRange(location: from, length: to - from)
                if (from < text.length && UTF16.isTrailSurrogate(text.units[from])) || (to > 0 && to <= text.length && from < to && UTF16.isLeadSurrogate(text.units[to - 1])) { split += 1 }
                #expect(text.substring(range) == text.ns.substring(with: range), "piece \(from)..<\(to) differs in: \(string.debugDescription)")
                #expect(text.before(to, 48) == text.ns.substring(with: NSRange(location: to - text.before(to, 48).utf16.count, length: text.before(to, 48).utf16.count)))
            }
        }
        // Ranges that split a surrogate pair are among them, so the fallback is exercised too.
        #expect(split > 100)
    }
}
