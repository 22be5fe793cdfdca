import Foundation

/// What the REPL, the parser and the day's record do to free text, in time
/// proportional to its length and without the round trip through UTF-16
/// that Foundation's `NSString` methods make on Linux: an answer may be
/// megabytes (a pasted chronology, a file from `:editor`), and each such
/// copy of it cost tens of milliseconds.
extension String {
    /// The text without the characters of `set` at either end: what
    /// `trimmingCharacters(in:)` gives. Only the ends are looked at; the rest
    /// is copied once, as UTF-8. Every character of the sets it is used with
    /// (white space, newlines) is one Unicode scalar and one UTF-16 unit, so
    /// comparing scalars decides exactly as Foundation's UTF-16 units do.
    public func trimmed(_ set: CharacterSet = .whitespacesAndNewlines) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !set.contains($0) }),
              let last = scalars.lastIndex(where: { !set.contains($0) }) else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return self }
        // The slice's UTF-8 bytes are copied whole, not appended scalar by scalar.
        return String(Substring(scalars[first...last]))
    }

    /// Every `target` replaced with `replacement`, matched literally as a
    /// byte, as `replacingOccurrences(of:with:)` matches an ASCII target (a
    /// CRLF keeps its CR, as there): one pass, one copy.
    public func replacingEvery(_ target: Unicode.Scalar, with replacement: String) -> String {
        precondition(target.isASCII, "only an ASCII character is matched as a byte")
        let byte = UInt8(target.value)
        guard utf8.contains(byte) else { return self }
        let inserted = Array(replacement.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        for current in utf8 {
            if current == byte { out += inserted } else { out.append(current) }
        }
        // An ASCII byte replaced by whole UTF-8 leaves valid UTF-8: nothing is repaired.
        return String(decoding: out, as: UTF8.self)
    }
}
