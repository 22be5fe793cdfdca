@testable import MACARepl
import Testing

@Suite("Which editor :editor runs")
struct ExternalEditorTests {
    @Test("VISUAL before EDITOR, a blank one passed over, vi when neither is set")
    func choice() {
        #expect(ExternalEditor.command(environment: ["VISUAL": "nano", "EDITOR": "emacs"]) == .success(["nano"]))
        #expect(ExternalEditor.command(environment: ["VISUAL": "  ", "EDITOR": "emacs -nw"]) == .success(["emacs", "-nw"]))
        #expect(ExternalEditor.command(environment: [:]) == .success(["vi"]))
    }

    @Test("an editor variable is split into words as a shell splits them", arguments: [
        ("code --wait", ["code", "--wait"]),
        ("  vim   -u NONE\t", ["vim", "-u", "NONE"]),
        ("'/Applications/My Editor/bin/edit' -w", ["/Applications/My Editor/bin/edit", "-w"]),
        (#""/opt/an editor/ed" "-c \"set tw=72\"""#, ["/opt/an editor/ed", #"-c "set tw=72""#]),
        (#"/opt/an\ editor/ed"#, ["/opt/an editor/ed"]),
        (#"ed "a\b" ''"#, ["ed", #"a\b"#, ""]),
        ("sh -c 'exec $1'", ["sh", "-c", "exec $1"]),
    ])
    func words(line: String, words: [String]) {
        #expect(ShellWords.split(line) == words)
    }

    @Test("an unclosed quote is named, not guessed at")
    func unclosedQuote() {
        #expect(ShellWords.split("'code --wait") == nil)
        #expect(ExternalEditor.command(environment: ["EDITOR": "\"code --wait"])
            == .failure(EditorProblem("EDITOR has an unclosed quote, so maca cannot tell which editor it names: \"code --wait")))
    }
}
