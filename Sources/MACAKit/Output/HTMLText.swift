/// The one way text reaches an HTML file (the theme report's board paper):
/// `&`, `<`, `>` and both quotes become character references, so text is
/// text in an element and in a quoted attribute alike.
public enum HTMLText {
    public static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// Text as a double-quoted CSS string, such as the protective marking in
    /// a print header's `content`: every character but letters, digits, the
    /// space and `-_.,:()/` becomes a six-digit CSS escape, so no quote,
    /// backslash, newline or `</style>` can end the string or the style sheet.
    public static func cssString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", " ", "-", "_", ".", ",", ":", "(", ")", "/":
                out.unicodeScalars.append(scalar)
            default:
                let hex = String(scalar.value, radix: 16)
                out += "\\" + String(repeating: "0", count: 6 - hex.count) + hex
            }
        }
        return out + "\""
    }

    /// The report's Content-Security-Policy, as a `<meta>` tag first in its
    /// `<head>`: nothing may load or run. No script of any kind, no fetch, no
    /// frame; styles only from the page's own `<style>`; images only as
    /// `data:`. `base-uri` and `form-action` do not fall back to
    /// `default-src`, so they are closed by name. Should text ever slip past
    /// `escaped`, the browser still refuses to run it.
    public static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

    public static var contentSecurityPolicyTag: String {
        "<meta http-equiv=\"Content-Security-Policy\" content=\"\(contentSecurityPolicy)\">"
    }
}
