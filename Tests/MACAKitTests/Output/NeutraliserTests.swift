import Foundation
import MACAKit
import MACATestSupport
import Testing

/// Each medium's neutraliser over many seeded random strings mixing hostile
/// pieces with random characters from every range that matters: the output
/// holds nothing its reader would act on, nothing else is lost, and ordinary
/// text passes unchanged.
@Suite("Neutralising each medium, over random text")
struct NeutraliserTests {
    static let cases = 20_000

    /// Characters picked one at a time: C0, DEL and C1 controls, the
    /// bidirectional ones, the formula and Markdown triggers, full-width
    /// triggers, CR and LF, and ordinary letters, accents, digits and emoji.
    static let scalars: [Unicode.Scalar] = {
        let ranges: [ClosedRange<UInt32>] = [0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E...0x200F, 0xFF01...0xFF20]
        let singles: [Unicode.Scalar] = ["=", "+", "-", "@", "<", ">", "[", "]", "(", ")", "!", "\\", "`", "&", "#", ";", "|", "'", "\"", " ", "a", "Z", "é", "0", "9", "😀"]
        return ranges.flatMap { $0.compactMap(Unicode.Scalar.init) } + singles
    }()

    /// Hostile pieces, and pieces near the edges of the rules.
    static let pieces = HostileText.all + ["&lt;", "&#60;", "&amp;", "A&E", "<5", "< b", "\r\n", "\\`", "http://x", "'"]

    /// A random string of up to eight pieces and random characters.
    static func random(_ generator: inout SplitMix64) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 0...8, using: &generator) {
            if Bool.random(using: &generator) {
                text += pieces.randomElement(using: &generator)!
            } else {
                for _ in 0..<Int.random(in: 1...4, using: &generator) { text.unicodeScalars.append(scalars.randomElement(using: &generator)!) }
            }
        }
        return text
    }

    /// Readable text: letters, digits, spaces and apostrophes.
    static func readable(_ generator: inout SplitMix64) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789   '")
        return String((0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
    }

    /// The seeded strings every test runs over, the same on every run.
    static func strings(seed: UInt64) -> [String] {
        var generator = SplitMix64(seed: seed)
        return (0..<cases).map { _ in random(&generator) }
    }

    @Test("terminal: no live control or bidi character is left, neutralising twice changes nothing, readable text is unchanged")
    func terminal() {
        var failures: [String] = []
        for text in Self.strings(seed: 14) {
            let out = TerminalText.neutralised(text)
            if !HostileText.liveControls(out).isEmpty || TerminalText.neutralised(out) != out { failures.append(text) }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(Self.cases), first: \(failures.first.debugDescription)")
        var generator = SplitMix64(seed: 15)
        for _ in 0..<Self.cases / 10 {
            let text = Self.readable(&generator)
            #expect(TerminalText.neutralised(text) == text)
        }
        #expect(TerminalText.neutralised("a\u{1B}[2Jb\rc\r\nd\u{9B}e\u{202E}f\u{7F}") == "a\\x1B[2Jb\\rc\r\nd\\x9Be\\u{202E}f\\x7F")
    }

    @Test("CSV: no cell starts with a formula trigger, the apostrophe is the only change, neutralising twice changes nothing")
    func spreadsheet() {
        var failures: [String] = []
        for text in Self.strings(seed: 16) {
            let out = SpreadsheetCSV.cell(text)
            let onlyPrefixed = out == text || out == "'" + text
            if HostileText.isFormula(out) || !onlyPrefixed || SpreadsheetCSV.cell(out) != out { failures.append(text) }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(Self.cases), first: \(failures.first.debugDescription)")
        var generator = SplitMix64(seed: 17)
        for _ in 0..<Self.cases / 10 {
            let text = Self.readable(&generator)
            #expect(SpreadsheetCSV.cell(text) == text)
        }
        for formula in HostileText.formulas { #expect(SpreadsheetCSV.cell(formula) == "'" + formula) }
        #expect(SpreadsheetCSV.cell("  =1+1") == "'  =1+1")
    }

    @Test("Markdown: nothing in the output opens markup, and decoding it gives back the text as the terminal shows it")
    func markdown() {
        var failures: [String] = []
        for text in Self.strings(seed: 18) {
            let out = MarkdownText.escaped(text)
            if let problem = Self.liveMarkup(out) { failures.append("\(text.debugDescription): \(problem)") }
            if Self.decodedMarkdown(out) != TerminalText.neutralised(text) { failures.append("\(text.debugDescription): does not decode back") }
            if !HostileText.liveMarkdown(out).isEmpty || !HostileText.liveControls(out).isEmpty { failures.append(text.debugDescription) }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(Self.cases), first: \(failures.first ?? "")")
        var generator = SplitMix64(seed: 19)
        for _ in 0..<Self.cases / 10 {
            let text = Self.readable(&generator)
            #expect(MarkdownText.escaped(text) == text)
        }
        #expect(MarkdownText.escaped("[x](javascript:alert(1)) <script> <5 a < b A&E &lt;") == "&#91;x&#93;(javascript:alert(1)) &lt;script&gt; <5 a < b A&E &amp;lt;")
    }

    @Test("HTML: no character that could start a tag, an attribute or a reference is left raw, and decoding gives back the text")
    func html() {
        var failures: [String] = []
        for text in Self.strings(seed: 20) {
            let out = HTMLText.escaped(text)
            let raw = out.replacingOccurrences(of: "&amp;", with: "").replacingOccurrences(of: "&lt;", with: "").replacingOccurrences(of: "&gt;", with: "")
                .replacingOccurrences(of: "&quot;", with: "").replacingOccurrences(of: "&#39;", with: "")
            if raw.contains(where: { "<>\"'&".contains($0) }) || Self.decodedHTML(out) != text { failures.append(text) }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(Self.cases), first: \(failures.first.debugDescription)")
    }

    /// The first thing in escaped Markdown that could open markup: a raw
    /// `[`, `]` or `>`; a raw `<` before anything but a digit or white
    /// space; a raw `&` starting a reference (`&#`, `&name;`) that is not one of the escapes;
    /// a backslash not escaping a backslash or a backtick; a raw backtick.
    /// The spec written out again, on its own, rather than read from `MarkdownText`.
    static func liveMarkup(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            switch scalar {
            case "\\":
                guard let next, next == "\\" || next == "`" else { return "a lone backslash at \(index)" }
                index += 2
                continue
            case "[", "]", ">", "`": return "a raw \(scalar) at \(index)"
            case "<":
                guard let next, ("0"..."9").contains(next) || next == " " || next == "\t" || next == "\n" || next == "\r" else {
                    return "a raw < at \(index)"
                }
            case "&":
                let rest = String(String.UnicodeScalarView(scalars[index...].prefix(64)))
                let ours = ["&#91;", "&#93;", "&lt;", "&gt;", "&amp;"].contains { rest.hasPrefix($0) }
                if !ours, rest.hasPrefix("&#") || rest.range(of: "^&[A-Za-z0-9]+;", options: .regularExpression) != nil { return "a raw & at \(index)" }
            default: break
            }
            index += 1
        }
        return nil
    }

    /// Escaped Markdown read back as a renderer shows it.
    static func decodedMarkdown(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        let references: [(String, Unicode.Scalar)] = [("&#91;", "["), ("&#93;", "]"), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")]
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\\", index + 1 < scalars.count {
                out.append(scalars[index + 1])
                index += 2
            } else if let (entity, scalar) = references.first(where: { String(String.UnicodeScalarView(scalars[index...].prefix($0.0.count))) == $0.0 }) {
                out.append(scalar)
                index += entity.count
            } else {
                out.append(scalars[index])
                index += 1
            }
        }
        return String(out)
    }

    static func decodedHTML(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
}
