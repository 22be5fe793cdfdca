/// The one way text reaches a Word document (the board paper as .docx),
/// whose parts are XML 1.0.
///
/// `&`, `<`, `>` and both quotes become character references, so text is
/// text in an element and in a quoted attribute alike: `<w:p>` or `]]>` in
/// an answer stays those characters. XML 1.0 cannot hold most control
/// characters at all (not even as `&#1;`): a document with one is refused
/// by Word as corrupt. So every C0 control but tab, line feed and carriage
/// return is dropped, and with them DEL, the C1 controls and the
/// non-characters U+FFFE and U+FFFF, none of which a reader would see.
/// Everything else, emoji and right-to-left marks included, passes as it is.
public enum WordText {
    /// Text escaped for an element or an attribute, forbidden characters dropped.
    /// Tabs and line breaks are kept: in an attribute they read as spaces.
    public static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case _ where isDropped(scalar): continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether a character is left out of the document: controls other than
    /// tab, line feed and carriage return, DEL, C1, U+FFFE and U+FFFF.
    public static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    /// The runs of WordprocessingML for a piece of text in one style: each
    /// line's text in a `w:t` that keeps its spaces, a tab as `w:tab` and a
    /// line break (LF, CR or CR LF) as `w:br`, since Word reads a newline
    /// inside `w:t` as a space. `properties` is a `w:rPr` or empty.
    public static func runs(_ text: String, properties: String = "") -> String {
        guard !text.isEmpty else { return "" }
        var out = "<w:r>\(properties)"
        var pending = ""
        func flush() {
            if !pending.isEmpty { out += "<w:t xml:space=\"preserve\">\(escaped(pending))</w:t>" }
            pending = ""
        }
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { afterCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\t":
                flush()
                out += "<w:tab/>"
            case "\n" where afterCarriageReturn:
                continue
            case "\n", "\r":
                flush()
                out += "<w:br/>"
            default:
                pending.unicodeScalars.append(scalar)
            }
        }
        flush()
        return out + "</w:r>"
    }
}
