import Foundation

/// National Insurance numbers: two letters, six digits, a letter A to D,
/// spaced or not, the digits in pairs or in threes ("AB 123 456 C"). Neither of the first two letters is D, F, I, Q, U or V;
/// the second is not O; BG, GB, KN, NK, NT, TN and ZZ are never issued.
/// With its last letter, in capitals or all in lower case, it counts
/// anywhere; without it, or in mixed case, only after "NI", "NINO" or
/// "National Insurance" (and "as", "of", "given as" after them, or a
/// comma), or before them in the same clause ("… is her NI number").
enum NINumberRecogniser {
    static let separator = "[ \\u00A0\\-]?"
    static let candidate = guardPattern(
        "([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])\(separator)(?:\\d{2}\(separator)\\d{2}\(separator)\\d{2}|\\d{3}\(separator)\\d{3})(?:\(separator)([A-D]))?(?![\\p{L}\\p{N}])",
        .caseInsensitive
    )
    static let never: Set<String> = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"]
    /// Two-letter words a number may follow in lower-case prose.
    static let words: Set<String> = [
        "ab", "ah", "am", "an", "as", "at", "aw", "ay", "be", "by", "eh", "em", "en", "er", "ex", "go", "ha", "he", "hm", "ho",
        "la", "lo", "ma", "me", "my", "na", "ne", "no", "ok", "on", "or", "ow", "ox", "pa", "pm", "re", "so", "ta", "to", "we",
        "ye", "yo", "ml", "mg", "kg", "cm", "mm", "km", "hr", "hh", "wk", "yr", "ca", "cc", "pp", "tx", "rx",
    ]
    static let prefix = guardPattern(
        "(?:\\bNI\\b|\\bNINO\\b|national\\s+insurance)(?:\\s*(?:no|number|num|nr)\\b)?[\\s.:#,\\-]*(?:(?:is|was|as|of|given\\s+as|recorded\\s+as|written\\s+as|reads?)\\s+)?$",
        .caseInsensitive
    )

    /// "ER 82 01 63 is the care leaver's NI number": the cue after the
    /// number, in the same clause, a few words on.
    static let cueAfter = guardPattern(
        "^\\s*[,)]?\\s*(?:(?:is|was|being|as)\\s+)?(?:[\\p{L}'’]+\\s+){0,3}[(\\[]?(?:NI|NINO|national\\s+insurance)\\b",
        .caseInsensitive
    )

    /// Where ``candidate`` can match: each match holds a digit, with two
    /// letters and a separator before its first digit, and from it at most
    /// sixteen units other than spaces (six digits, outside the BMP two units
    /// each, three hyphens and a letter), all ASCII letters, digits, hyphens
    /// and spaces.
    static func digitWindows(_ text: ScanText) -> [Range<Int>] {
        text.windowsAroundDigits(before: 3, after: 16) { unit in
            (unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x61 && unit <= 0x7A) || unit == 0x2D
        }
    }

    /// `windowed` false runs ``candidate`` over the whole text rather than
    /// in ``digitWindows(_:)``: the reference that is tested against.
    static func find(in text: ScanText, windowed: Bool = true) -> [NSRange] {
        (windowed ? text.matches(candidate, within: digitWindows(text)) : text.matches(candidate)).compactMap { match -> NSRange? in
            guard !text.followsWord(match.range.location) else { return nil }
            let letters = text.substring(match.range(at: 1))
            guard !never.contains(letters.uppercased()) else { return nil }
            let suffix = match.range(at: 2)
            let whole = text.substring(match.range)
            // With its last letter, one case throughout: typed in lower case in haste, it is the same number.
            // ("seen on 120324 a …" is a date, not a number: lower-case letters that are a word do not count).
            let lowerFormal = whole == whole.lowercased() && !words.contains(letters.lowercased())
            let formal = suffix.location != NSNotFound && (whole == whole.uppercased() || lowerFormal)
            let cued = prefix.occurs(in: text.before(match.range.location, 30))
                || cueAfter.occurs(in: text.after(match.range.location + match.range.length, 48))
            return formal || cued ? match.range : nil
        }
    }
}
