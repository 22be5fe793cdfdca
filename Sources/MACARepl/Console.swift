import Foundation
import MACAKit

/// Output for a room watching a projector: short lines, a clear marker of
/// where the day is, colour only where it is wanted (a terminal whose TERM
/// is not `dumb`, with NO_COLOR unset).
public struct Console: Sendable {
    public let colour: Bool

    public init(environment: [String: String] = ProcessInfo.processInfo.environment, isTerminal: Bool = isatty(STDOUT_FILENO) == 1) {
        colour = isTerminal && environment["NO_COLOR"] == nil && (environment["TERM"].map { $0 != "dumb" } ?? false)
    }

    public enum Style: String, Sendable {
        case bold = "1", dim = "2", green = "32", red = "31", yellow = "33", cyan = "36"
    }

    public func styled(_ text: String, _ style: Style) -> String {
        colour ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    public func say(_ text: String = "") {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Where the day is: `Neglect 2026-11-22 › case 2 of 5 (NEG-0042) › Voice of the child › 3 of 5`.
    public func marker(_ parts: [String]) {
        say()
        say(styled(parts.joined(separator: " › "), .cyan))
    }

    /// Numbered options on as few lines as fit a projector's width.
    public func options(_ choices: [Choice], width: Int = 78) {
        guard !choices.isEmpty else { return }
        var line = " "
        for (index, choice) in choices.enumerated() {
            let item = " \(index + 1) \(choice.label)"
            if line.count + item.count + 1 > width, line.count > 1 {
                say(styled(line, .dim))
                line = " "
            }
            line += item + " "
        }
        say(styled(line, .dim))
    }

    public func saved(_ what: String = "saved") {
        say(styled("  ✓ \(what)", .green))
    }

    public func problem(_ text: String) {
        say(styled("  ✗ \(text)", .red))
    }

    public func note(_ text: String) {
        say(styled("  \(text)", .dim))
    }

    public func warn(_ text: String) {
        say(styled("  ! \(text)", .yellow))
    }
}
