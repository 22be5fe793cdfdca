import Foundation

/// National Insurance numbers: two letters, six digits, a letter A to D,
/// spaced or not. Neither of the first two letters is D, F, I, Q, U or V;
/// the second is not O; BG, GB, KN, NK, NT, TN and ZZ are never issued.
/// Without its last letter, or in lower case, a number counts only after
/// "NI", "NINO" or "National Insurance".
enum NINumberRecogniser {
    static let separator = "[ \\u00A0\\-]?"
    static let candidate = guardPattern(
        "([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])\(separator)\\d{2}\(separator)\\d{2}\(separator)\\d{2}(?:\(separator)([A-D]))?(?![\\p{L}\\p{N}])",
        .caseInsensitive
    )
    static let never: Set<String> = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"]
    static let prefix = guardPattern("(?:\\bNI\\b|\\bNINO\\b|national\\s+insurance)(?:\\s*(?:no|number|num)\\b)?[\\s.:#\\-]*(?:(?:is|was)\\s+)?$", .caseInsensitive)

    static func find(in text: ScanText) -> [NSRange] {
        text.matches(candidate).compactMap { match in
            guard !text.followsWord(match.range.location) else { return nil }
            let letters = text.substring(match.range(at: 1))
            guard !never.contains(letters.uppercased()) else { return nil }
            let suffix = match.range(at: 2)
            let whole = text.substring(match.range)
            let formal = suffix.location != NSNotFound && whole == whole.uppercased()
            return formal || prefix.occurs(in: text.before(match.range.location, 30)) ? match.range : nil
        }
    }
}
