import Foundation
import MACAKit
import Testing

/// The REPL's own trimming and replacing give exactly what Foundation's did.
@Suite("Long text")
struct LongTextTests {
    static let texts = [
        "", " ", "\t\n \r\n", "plain", "  both ends  ", "\tTabbed\t", "\nnewlines\n\n", "line\r\n", "\r\nCRLF first",
        "\u{00A0}no-break spaces\u{00A0}", "\u{2028}line separator\u{2029}", "\u{3000}ideographic\u{3000}",
        " \u{301}combining after a space", "mark at the end \u{301}", "\u{85}next line\u{85}", "🙂 emoji 🙂 ",
        " café — naïve ’quotes’ \n", "inner  spaces\tand\nlines stay", "\u{FEFF}byte order mark\u{FEFF}",
    ]

    @Test("trimmed(_:) is trimmingCharacters(in:), for white space and for white space and newlines", arguments: texts)
    func trimmed(text: String) {
        #expect(Array(text.trimmed(.whitespaces).utf8) == Array(text.trimmingCharacters(in: .whitespaces).utf8))
        #expect(Array(text.trimmed(.whitespacesAndNewlines).utf8) == Array(text.trimmingCharacters(in: .whitespacesAndNewlines).utf8))
        #expect(Array(text.trimmed().utf8) == Array(text.trimmingCharacters(in: .whitespacesAndNewlines).utf8))
    }

    @Test("replacingEvery(_:with:) is replacingOccurrences(of:with:) for a newline and a pipe", arguments: texts + [
        "a|b||c|", "|", "cell | with \u{301}| marks", "two\nlines\r\nand CRLF\n", "\n", "é\né\n🙂\n",
    ])
    func replacingEvery(text: String) {
        #expect(Array(text.replacingEvery("\n", with: "\n  ").utf8) == Array(text.replacingOccurrences(of: "\n", with: "\n  ").utf8))
        #expect(Array(text.replacingEvery("|", with: "\\|").utf8) == Array(text.replacingOccurrences(of: "|", with: "\\|").utf8))
    }
}
