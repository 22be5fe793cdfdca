import Foundation
import MACATestSupport
@testable import MACARepl
import Testing

/// Every command the REPL takes is in maca(1), so a command added to
/// `SessionCommand` without documenting it fails here.
@Suite("The manual page documents the REPL")
struct ManualPageTests {
    /// `:edit QUESTION [AGENCY]  change…` gives `["question", "agency"]`.
    static func arguments(of command: SessionCommand) -> [String] {
        let synopsis = command.usage.components(separatedBy: "  ").first ?? ""
        return synopsis.split(separator: " ").dropFirst()
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased() }
    }

    @Test("every :command of the REPL is an item of REPL COMMANDS, with its arguments")
    func everyCommand() throws {
        let page = try ManualPage()
        let heads = page.itemHeads("REPL COMMANDS")
        #expect(SessionCommand.allCases.count >= 15)
        #expect(Self.arguments(of: .edit) == ["question", "agency"])
        for command in SessionCommand.allCases {
            let name = ":" + command.rawValue
            let head = heads.first { $0 == "Cm \(name)" || $0.hasPrefix("Cm \(name) ") }
            #expect(head != nil, "maca.1 lacks '.It Cm \(name)' in REPL COMMANDS")
            let words = Set((head ?? "").split(separator: " ").map(String.init))
            for argument in Self.arguments(of: command) {
                #expect(words.contains(argument), "maca.1's '.It \(head ?? name)' lacks the argument \(argument)")
            }
        }
    }

    @Test("? for guidance, Tab, Ctrl-C, Ctrl-D and the trailing backslash are documented")
    func inputKeys() throws {
        let heads = try ManualPage().itemHeads("REPL COMMANDS")
        for head in [#"Cm \&?"#, "Ic Tab", "Ic Ctrl-C", "Ic Ctrl-D", #"Ic \e"#] {
            #expect(heads.contains(head), "maca.1 lacks '.It \(head)' in REPL COMMANDS")
        }
    }
}
