import Foundation

/// NHS numbers: ten digits, in groups of three or more with any separator
/// (space, no-break or thin space, dot, hyphen). A number counts when its
/// modulus 11 check digit is right; when "NHS" stands just before it ("NHS
/// no.", "NHS number:"), where a mistyped number is still an identifier;
/// or when it has the NHS's shapes, 3-3-4 or ten digits together, which
/// the guard has always caught whatever the check digit (a ten-digit
/// number in an audit answer identifies someone whatever it is). Just
/// after "NHS", ten digits count however they are grouped.
enum NHSNumberRecogniser {
    /// Groups of digits joined by one to three separators (pasted text
    /// doubles spaces; slashes and underscores are typed too), the first
    /// group maybe in brackets ("(299) 301 6490"); later groups may be
    /// pairs ("277 293 77 98"), which count only after "NHS" or with a
    /// right check digit.
    static let candidate = guardPattern(
        "(?<![\\p{L}\\p{N}+/])(?<!\\p{N}[.\\-])\\(?\\d{3,10}\\)?(?:(?:(?:\(numberSeparators)|[/_]){1,3}| - )\\d{2,7}){0,4}(?![\\p{N}]|/\\p{N})"
    )
    /// Ten digits in any grouping at all ("943 476 591 9", "94 34 76 59 19"),
    /// read only just after "NHS".
    static let anyGrouping = guardPattern("(?<![\\p{L}\\p{N}])\\d(?:(?:\(numberSeparators)|[/_]){0,3}\\d){9}(?![\\p{N}])")
    /// "NHS", then at most a few words and signs before the number.
    static let prefix = guardPattern("\\bNHS\\b(?:\\s*(?:no|num|number|#|nr|ref)\\b)?[\\s.:#\\-–(]*(?:(?:is|was|of)\\s+)?$", .caseInsensitive)

    static func find(in text: ScanText) -> [NSRange] {
        let found = grouped(in: text)
        // After "NHS", ten digits however they are grouped.
        let loose = text.matches(anyGrouping).map(\.range).filter { range in
            prefix.occurs(in: text.before(range.location, 30)) && !found.contains { NSIntersectionRange($0, range).length > 0 }
        }
        return loose.isEmpty ? found : (found + loose).sorted { $0.location < $1.location }
    }

    static func grouped(in text: ScanText) -> [NSRange] {
        text.matches(candidate).compactMap { match in
            let prefixed = prefix.occurs(in: text.before(match.range.location, 30))
            var candidate = match.range
            if text.units[candidate.location] == 0x28 { candidate = NSRange(location: candidate.location + 1, length: candidate.length - 1) }
            guard let range = text.digitPrefix(of: candidate, accept: { $0.count == 10 }) else { return nil }
            if prefixed { return range }
            // After "occurrence number" or "incident ref" a ten-digit number is that reference.
            if CaseReferenceRecogniser.cue.occurs(in: text.before(match.range.location, 48)) { return nil }
            if isValid(text.digits(in: range)) || hasNHSShape(text.substring(range)) { return range }
            return nil
        }
    }

    /// The modulus 11 check: the first nine digits weighted 10 down to 2;
    /// eleven less the remainder is the tenth (11 reads as 0; 10 is never valid).
    static func isValid(_ digits: [Int]) -> Bool {
        guard digits.count == 10 else { return false }
        let sum = zip(digits.prefix(9), stride(from: 10, through: 2, by: -1)).reduce(0) { $0 + $1.0 * $1.1 }
        let check = 11 - sum % 11
        return check != 10 && (check == 11 ? 0 : check) == digits[9]
    }

    /// Three digits, three, then four (the NHS's own grouping), or ten together.
    static func hasNHSShape(_ text: String) -> Bool {
        let groups = text.split(whereSeparator: { !$0.isNumber }).map(\.count)
        return groups == [3, 3, 4] || groups == [10]
    }
}
