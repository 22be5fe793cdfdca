import Foundation
import MACAKit
import MACARepl
import MACATestSupport
import Testing

/// Long guidance and answers are broken at spaces to the terminal's width,
/// so a projector shows whole words: checked on random lines of styled words.
@Suite("Word wrap to the terminal's width")
struct WrapTests {
    typealias Segment = Console.Segment

    /// Random words in random styles, some longer than any line, with an
    /// indent and a mark now and then.
    static func randomLine(_ random: inout SplitMix64) -> [Segment] {
        let styles: [Console.Style?] = [nil, .bold, .dim, .red, .cyan]
        let marks = ["", "", "✗ ", "! ", "✓ ", "- ", "12. "]
        var segments: [Segment] = [.plain(String(repeating: " ", count: Int(random.next() % 5)) + marks[Int(random.next() % UInt64(marks.count))])]
        for _ in 0..<Int(random.next() % 40) {
            let length = random.next() % 10 == 0 ? 20 + Int(random.next() % 120) : 1 + Int(random.next() % 12)
            let letters = (0..<length).map { _ in Character(UnicodeScalar(UInt8(97 + random.next() % 26))) }
            // Sometimes a word continues in another style, with no space between.
            let joiner = random.next() % 4 == 0 ? "" : " "
            segments.append(Segment(text: String(letters) + joiner, style: styles[Int(random.next() % UInt64(styles.count))]))
        }
        return segments
    }

    /// Every character but the spaces, with its style, in order.
    static func inked(_ lines: [[Segment]]) -> [(Character, Console.Style?)] {
        lines.flatMap { $0.flatMap { segment in segment.text.filter { $0 != " " }.map { ($0, segment.style) } } }
    }

    @Test("no line is wider than the terminal, every visible character keeps its place and style, and a line that fits is untouched")
    func randomLines() {
        var random = SplitMix64(seed: 17)
        for _ in 0..<3_000 {
            let line = Self.randomLine(&random)
            let width = 8 + Int(random.next() % 113)
            let wrapped = Console.wrapped(line, width: width)
            let text = line.map(\.text).joined()
            if text.count <= width {
                #expect(wrapped == [line])
                continue
            }
            for out in wrapped {
                #expect(out.map(\.text).joined().count <= width, "\(out) is wider than \(width)")
            }
            let before = Self.inked([line]), after = Self.inked(wrapped)
            #expect(before.map(\.0) == after.map(\.0))
            #expect(before.map(\.1) == after.map(\.1))
            // A line is broken at a space unless a word is wider than the line.
            let words = text.split(separator: " ")
            if words.allSatisfy({ $0.count <= width - width / 3 }) {
                let wrappedWords = wrapped.flatMap { $0.map(\.text).joined().split(separator: " ") }
                #expect(wrappedWords == words, "a word was cut at width \(width)")
            }
        }
    }

    @Test("lines after the first hang under the text after the indent and the mark")
    func hangingIndent() {
        let line: [Segment] = [.styled("  ✗ a refusal that is long enough to need a second line on a narrow terminal", .red)]
        let wrapped = Console.wrapped(line, width: 30).map { $0.map(\.text).joined() }
        #expect(wrapped.count == 3)
        #expect(wrapped[0] == "  ✗ a refusal that is long")
        #expect(wrapped.dropFirst().allSatisfy { $0.hasPrefix("    ") && !$0.hasPrefix("     ") }, "\(wrapped)")
        let numbered = Console.wrapped([.plain("  3. DEMO-0101  a long description of the case and how far it has got")], width: 30)
        #expect(numbered.dropFirst().allSatisfy { $0.first?.text.hasPrefix("     ") == true }, "\(numbered)")
    }

    @Test("the console wraps to the width it is given, and not at all into a pipe")
    func consoleWidth() {
        let transcript = ConsoleTests.Transcript()
        let narrow = Console(environment: ["TERM": "xterm"], isTerminal: true, columns: { 40 }, output: transcript.append)
        let guidance = "Start with the child, before the agencies. Build a picture from every agency's records of what the child saw, heard, felt and went without."
        narrow.note(guidance)
        let lines = transcript.all.split(separator: "\n").map { line in
            // The colour codes take no columns.
            line.replacingOccurrences(of: "\u{1B}[2m", with: "").replacingOccurrences(of: "\u{1B}[0m", with: "")
        }
        #expect(lines.count > 3)
        #expect(lines.allSatisfy { $0.count <= 40 }, "\(lines)")
        #expect(lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ") == guidance)

        let piped = ConsoleTests.Transcript()
        Console(environment: [:], isTerminal: false, output: piped.append).note(guidance)
        #expect(piped.all == "  \(guidance)\n")
    }
}
