/// The one way stored text reaches a terminal.
///
/// Answers, agency names and template prompts are typed by people or loaded
/// from files, and a terminal acts on some characters rather than showing
/// them: ESC starts sequences that clear the screen, retitle the window or
/// write the clipboard (OSC 52); a bare carriage return overwrites what the
/// line already showed; the C1 character U+009B is a one-character CSI; and
/// the Unicode bidirectional overrides and isolates reorder what is shown, so
/// a line can read differently from what it holds ("Trojan Source",
/// CVE-2021-42574). Each of these is shown instead as a visible escape: `\r`,
/// `\x1B`, `\x9B`, `\u{202E}`. Newline and tab pass, and so does a carriage
/// return directly before a newline (CRLF only ends a line).
///
/// Neutralising is applied to text before maca adds its own colour codes,
/// and is idempotent: neutralised text has nothing left to escape.
public enum TerminalText {
    /// `text` with every control character it must not send shown as an escape.
    public static func neutralised(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar == "\r", next != scalars.endIndex, scalars[next] == "\n" {
                out.append(scalar)
            } else if isUnsafe(scalar) {
                out.append(contentsOf: visible(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
            index = next
        }
        return String(out)
    }

    /// True for a character a terminal would act on, or one that reorders
    /// the text around it: C0 controls but newline and tab, DEL, C1
    /// controls, and the bidirectional embeddings, overrides and isolates.
    /// (A carriage return is judged with the character after it, by `neutralised`.)
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// The escape shown in place of an unsafe character.
    static func visible(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x0D: return "\\r"
        case 0x00...0xFF: return "\\x" + hex(scalar.value, digits: 2)
        default: return "\\u{" + hex(scalar.value, digits: 4) + "}"
        }
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
