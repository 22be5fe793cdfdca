/// The one way text typed by a person or loaded from a template reaches a
/// Markdown file (a day's `record.md`, the theme report, the register, a
/// template's outline).
///
/// A Markdown viewer renders raw HTML and follows links, so text such as
/// `<script>…</script>`, `<img src=x onerror=…>`, `[x](javascript:…)`,
/// `![i](data:text/html,…)` or `<javascript:…>` would become markup in the
/// reader's viewer. Escaped, each is shown as the text it is:
///
/// - `[` and `]` become `&#91;` and `&#93;`, so no link, image or link
///   reference can open (`](javascript:` never stands in the file);
/// - `>` becomes `&gt;`, and so does every `<` that could open a tag, a
///   comment or an autolink: any `<` but one before a digit or white space.
///   Tag names and URI schemes start with a letter, so `<5` (a hidden small
///   number) and `a < b` stay as they read;
/// - `&` becomes `&amp;` where it would start a character reference (`&#`,
///   or `&name;`), so text is shown as typed; "A&E" stays;
/// - the backslash and the backtick get a backslash, so neither can cancel
///   an escape or open a code span.
///
/// Character references, not backslashes, for `<`, `>`, `[`, `]`: every
/// Markdown processor decodes `&lt;` as text, while a backslash before `<`
/// is an escape in CommonMark only (Python-Markdown and Markdown.pl would
/// show the backslash and pass the tag). Ordinary prose, apostrophes and
/// quotes included, passes as it is. Control and bidirectional characters
/// are shown as the terminal shows them (`TerminalText`), since a Markdown
/// file is also read with `cat`.
///
/// Only text from outside goes through here; maca's own markup (`#`, `-`,
/// `**`, `|`) is added around it afterwards. Not idempotent, as no escaping
/// is: each pass escapes the `&` the last one added.
///
/// Left as they are: emphasis (`*`, `_`) and a `#` or `-` starting a line
/// change how text looks, not what it does; and a bare `https://…` or
/// e-mail address, which GitHub-flavoured Markdown links by itself, shows
/// its whole target and is never `javascript:` or `data:`.
public enum MarkdownText {
    public static func escaped(_ text: String) -> String {
        let visible = TerminalText.neutralised(text)
        guard visible.unicodeScalars.contains(where: specials.contains) else { return visible }
        let scalars = Array(visible.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\\", "`": out.append("\\"); out.append(scalar)
            case "[": out.append(contentsOf: "&#91;".unicodeScalars)
            case "]": out.append(contentsOf: "&#93;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "<" where opensMarkup(before: scalars[(index + 1)...].first): out.append(contentsOf: "&lt;".unicodeScalars)
            case "&" where startsReference(scalars[(index + 1)...]): out.append(contentsOf: "&amp;".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Escaped text for a table cell: one line, and `|` escaped too so it
    /// cannot end the cell.
    public static func cell(_ text: String) -> String {
        escaped(text.replacingNewlines()).replacingOccurrences(of: "|", with: "\\|")
    }

    /// The characters that may need escaping.
    static let specials: Set<Unicode.Scalar> = ["\\", "`", "[", "]", "<", ">", "&"]

    /// Whether a `<` followed by `next` could open a tag, a comment, a
    /// declaration or an autolink: anything but a digit or white space can.
    /// At the end of the text it is escaped too, since markup added after it
    /// could start with a letter.
    static func opensMarkup(before next: Unicode.Scalar?) -> Bool {
        guard let next else { return true }
        return !(("0"..."9").contains(next) || next == " " || next == "\t" || next == "\n" || next == "\r")
    }

    /// Whether an `&` followed by `rest` would be read as a character
    /// reference: `&#…`, or `&` then letters and digits then `;` (`&lt;`).
    static func startsReference(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let next = rest.first else { return false }
        if next == "#" { return true }
        let name = rest.prefix { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
        return !name.isEmpty && rest.dropFirst(name.count).first == ";"
    }
}
