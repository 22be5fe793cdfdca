import Foundation
import MACAKit
import Testing

@Suite("Return forms")
struct ReturnFormTests {
    /// How `maca returns import` found the day folder before it looked line by line.
    static func splitting(_ text: String) -> String? {
        text.split(separator: "\n").first(where: { $0.hasPrefix("day-folder:") })?
            .dropFirst("day-folder:".count).trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\"'")))
    }

    @Test("the day folder is the first line that names one, as splitting the form into lines finds it", arguments: [
        "day: x\nday-folder: 2026-11-20-neglect\nagency: police\n",
        "day-folder: \"2026-11-20-neglect-2\"\n", "day-folder: '2026-11-20-neglect'", "day-folder:2026-11-20-neglect\nday-folder: second\n",
        "\n\n  day-folder: indented is not a key\nday-folder: found\n", "# day-folder: a comment\nday-folder: found",
        "day: x\r\nday-folder: behind a CRLF\r\n", "day-folder: with CRLF\r\nagency: police\r\n", "no folder at all\n", "",
        "day-folder:\n", "x\nday-folder\u{301}: a combining mark after the key\n", "🙂\nday-folder: after an emoji line\n",
    ])
    func dayFolder(form: String) {
        #expect(ReturnForm.dayFolder(in: form) == Self.splitting(form))
    }

    @Test("the day folder is found ahead of an answer of megabytes")
    func dayFolderBeforeLongAnswer() {
        let form = "day: x\nday-folder: 2026-11-20-neglect\ncases:\n  - ref: DEMO-0101\n    return-involvement: |\n"
            + String(repeating: "      An invented line of a long answer.\n", count: 100_000)
        #expect(ReturnForm.dayFolder(in: form) == "2026-11-20-neglect")
    }
}
