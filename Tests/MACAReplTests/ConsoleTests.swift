import Foundation
import MACAKit
import MACARepl
import MACATestSupport
import Testing

/// The console shows hostile text and keeps its own colours: every escape
/// sequence on a colour terminal is one the console added.
@Suite("The REPL's console")
struct ConsoleTests {
    /// What a console wrote, collected instead of printed.
    final class Transcript: @unchecked Sendable {
        private let lock = NSLock()
        private var text = ""
        func append(_ line: String) { lock.withLock { text += line } }
        var all: String { lock.withLock { text } }
    }

    /// The colour codes the console itself uses.
    static let ownCodes = ["\u{1B}[1m", "\u{1B}[2m", "\u{1B}[31m", "\u{1B}[32m", "\u{1B}[33m", "\u{1B}[36m", "\u{1B}[0m"]

    @Test("every way the console writes neutralises the text first and colours it after", arguments: [true, false])
    func neutralisedThenStyled(colour: Bool) {
        let transcript = Transcript()
        let console = Console(environment: colour ? ["TERM": "xterm-256color"] : ["TERM": "dumb"], isTerminal: true, output: transcript.append)
        let hostile = HostileText.line("\u{1B}]0;lead\u{07}", HostileText.terminal)
        console.say(hostile)
        console.say([.plain(hostile), .styled(hostile, .bold), .plain(hostile)])
        console.heading(hostile)
        console.marker([hostile, "case 1 of 2"])
        console.options([Choice(id: "a", label: hostile), Choice(id: "b", label: "Good")])
        console.saved(hostile)
        console.problem(hostile)
        console.note(hostile)
        console.warn(hostile)
        let prompt = console.prompt(hostile, then: " [\(hostile)] ")
        let written = transcript.all + prompt
        var rest = written
        for code in Self.ownCodes { rest = rest.replacingOccurrences(of: code, with: "") }
        // The prompt's codes are marked for readline as taking no room: those marks are the console's own too.
        rest = rest.replacingOccurrences(of: "\u{01}\u{02}", with: "")
        #expect(HostileText.liveControls(rest).isEmpty, "\(HostileText.liveControls(rest).prefix(5))")
        // All thirteen texts written, each shown.
        #expect(written.components(separatedBy: "\\x1B]0;lead\\x07").count - 1 == 13)
        #expect(written.contains("\u{1B}[1m") == colour)
        #expect(written.contains("\u{1B}[36m") == colour)
    }
}
