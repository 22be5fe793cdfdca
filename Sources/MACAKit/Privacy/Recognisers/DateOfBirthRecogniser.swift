import Foundation

/// Dates of birth. A date (numeric, with spaces and a four-digit year, ISO with hyphens, slashes or dots, or
/// with the month in words: "3rd March 2019", "March 3, 2019", "3 Mar 19",
/// "12-Jul-2024") is one when the text says so:
///
/// - just after "DOB", "date of birth", "born (on|in)", "birthday", "EDD":
///   whatever its year (a parent's date of birth identifies as well as a
///   child's), and there even without its year ("birthday is 3rd March");
///   a year or a month and year only just after "DOB", "date of birth",
///   "year of birth" or "born in" ("dob 1982");
/// - in brackets or after a comma just after a name ("Kayden (03/03/2019)"),
///   or in a sentence about a birth, when its year is in the 18 years
///   before the audit year or the audit year itself.
///
/// A plain date in a chronology ("On 12/03/2024 the school referred") is
/// not: most dates in audit prose are events. A baby's age in days or
/// weeks ("10 days old", "aged 3 weeks") in a line with a date gives the
/// date of birth away, so the age is found (placeholder `[age]`).
enum DateOfBirthRecogniser {
    static let months = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?"
    static let space = "[ \\u00A0]"
    static let ordinal = "(?:st|nd|rd|th)?"
    static let babyWord = guardPattern("\\b(?:bab(?:y|ies)|newborn|new-born|infant|neonat\\w*|born|birth)\\b", .caseInsensitive)
    /// Whether a text names a month at all.
    static let monthWord = guardPattern("\\b\(months)(?![\\p{L}])", .caseInsensitive)
    /// A day written as a word ("twelfth", "twenty-second", "the third of").
    static let dayWord = "(?:(?:twenty|thirty)[\\- ]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)"
    /// A year written as words ("twenty fifteen", "twenty twenty-three", "two thousand and nine").
    static let yearWords = "(?:(?:nineteen|twenty)[ \\-](?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ \\-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[ \\-](?:one|two|three|four|five|six|seven|eight|nine))|two thousand(?: and)?(?: (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[ \\-](?:one|two|three|four|five|six|seven|eight|nine))?))?)"
    /// Every written form of a full date; group 1 is the year.
    static let dateForms = [
        "\\d{1,2}[/.\\-]\\d{1,2}[/.\\-](\\d{4}|\\d{2})",
        "(\\d{4})[/.\\-]\\d{1,2}[/.\\-]\\d{1,2}",
        "\\d{1,2}\(ordinal)[/.\\-]\(months)[/.\\-](\\d{4}|\\d{2})",
        "\\d{1,2}\(space)\\d{1,2}\(space)(\\d{4})",
        "\\d{1,2}\(ordinal)(?:\(space)+of)?\(space)+\(months),?\(space)+(\\d{4}|'?\\d{2})",
        "\(months)\(space)+(?:the\(space)+)?\\d{1,2}\(ordinal),?\(space)+(\\d{4})",
    ]
    /// A date with its day in words ("the twenty-second of September twenty
    /// fifteen"): read only in a text that speaks of a birth, as it is a date
    /// of birth only after a strong cue.
    static let wordDate = guardPattern(
        "\\b(?:the\(space)+)?\(dayWord)(?:\(space)+of)?\(space)+\(months),?\(space)+(\\d{4}|\(yearWords))(?![\\p{L}\\p{N}])", .caseInsensitive
    )
    /// Words without which no date in a text is said to be a birth's.
    static let birthWords = ["dob", "d.o.b", "birth", "born", "edd", "yob", "date of delivery"]
    static let date = guardPattern(
        "(?:\(dateForms.joined(separator: "|")))(?![\\p{N}]|[/.\\-]\\p{N})", .caseInsensitive
    )
    /// A day and month with no year ("3rd March", "March 3rd"), which is a
    /// date of birth only just after a strong cue ("birthday is 3rd March").
    static let dayMonth = guardPattern(
        "(?:\\d{1,2}\(ordinal)(?:\(space)+of)?\(space)+\(months)|(?:the\(space)+)?\(dayWord)(?:\(space)+of)?\(space)+\(months)|\(months)\(space)+(?:the\(space)+)?\\d{1,2}\(ordinal))(?![\\p{L}\\p{N}])", .caseInsensitive
    )
    /// A year, or a month and year ("dob 1982", "DOB 03/1982"), only just
    /// after a label that says it is the date of birth.
    static let yearOnly = guardPattern("(?<![\\p{N}/.\\-])(?:\\d{1,2}[/.\\-])?(?:19|20)\\d{2}(?![\\p{N}]|[/.\\-]\\p{N})")
    static let birthLabel = guardPattern(
        "(?:\\bd\\.?\\s?o\\.?\\s?b\\b\\.?|\\bdate\\s+of\\s+birth|\\bbirth\\s?date|\\byear\\s+of\\s+birth|\\bborn\\s+in|\\bYOB\\b)(?:\\s*(?:is|was|given\\s+as|recorded\\s+as|:|-|–|\\(|,))*\\s*$",
        .caseInsensitive
    )
    /// A month and year after "born in".
    static let bornInMonth = guardPattern("\\bborn\(space)+in\(space)+(\(months)\(space)+(\\d{4}))", .caseInsensitive)
    /// Strong: a date of birth whatever the year.
    static let strongBefore = guardPattern(
        "(?:\\bd\\.?\\s?o\\.?\\s?b\\b\\.?|\\bdate\\s+of\\s+birth|\\bbirth\\s?date|\\bborn|\\bbirthday|\\bb\\.|\\bEDD\\b|\\b(?:estimated|expected)\\s+date\\s+of\\s+(?:delivery|birth|confinement))(?:\\s*(?:is|was|on|of|the|as|given\\s+as|recorded\\s+as|:|-|–|\\(|,))*\\s*$",
        .caseInsensitive
    )
    static let strongAfter = guardPattern("^\\s*\\(?\\s*(?:d\\.?o\\.?b\\.?|date of birth|born)\\b", .caseInsensitive)
    /// Weak: a birth mentioned in the same clause before the date.
    static let weakBefore = guardPattern("\\b(?<!pre-)(?<!pre )(?<!new )(?:birth(?!\\s+(?:mother|father|mum|dad|parents?|family|families|relatives?|siblings?|visit|certificate|plan|assessment|conference|registration))|born|newborn)\\b[^.;!?]*$", .caseInsensitive)
    /// A name just before ("Kayden (", "Kerry Smith, ").
    static let nameBefore = guardPattern("(\\p{Lu}[\\p{Ll}'’\\-]+)\\s*[(,]\\s*$")
    /// A baby's age in days or weeks.
    static let numberWords = "(?:\\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    static let age = guardPattern(
        "\\b(?:\(numberWords)\(space)+(?:days?|weeks?)\(space)+old|\(numberWords)-(?:day|week)s?-old|aged\(space)+\(numberWords)\(space)+(?:days?|weeks?)|\(numberWords)\(space)+(?:days?|weeks?)\(space)+(?:on|at)\(space)+(?=\\d))\\b",
        .caseInsensitive
    )

    /// Where ``date``, ``bornInMonth`` and ``yearOnly`` can match: around
    /// each run of digits, as far as their longest match reaches from its
    /// first digit (13 units before it, "september." and "the", and 16 for
    /// "born in september"; 28 from it, "12th of september, '2019" with
    /// its digits outside the BMP, two units each), over the letters,
    /// digits, spaces and `/.-,'` they are made of.
    static func digitWindows(_ text: ScanText) -> [Range<Int>] {
        text.windowsAroundDigits(before: 16, after: 28, passes: isDatePart)
    }

    static func isDatePart(_ unit: UInt16) -> Bool {
        (unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x61 && unit <= 0x7A)
            || unit == 0x2F || unit == 0x2E || unit == 0x2D || unit == 0x2C || unit == 0x27
    }

    /// Where ``age`` can match: each of its forms holds "day" or "week",
    /// and is at most 16 units other than spaces long ("twelve-weeks-old"),
    /// made of letters, digits, hyphens and spaces.
    static func ageWindows(_ text: ScanText) -> [Range<Int>] {
        text.windowsAroundWords(["day", "week"], before: 20, after: 20) { unit in
            (unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x61 && unit <= 0x7A) || unit == 0x2D
        }
    }

    /// Dates that are dates of birth, with the audit year and a test of
    /// whether a word is a name. `bytewise` false looks for the birth words
    /// in the whole lower-cased text through Foundation: the reference
    /// ``CueSearch`` is tested against. `windowed` false runs the patterns
    /// that need a digit over the whole text rather than in
    /// ``digitWindows(_:)``: the reference those are tested against.
    static func find(in text: ScanText, referenceYear: Int, isName: (String) -> Bool, bytewise: Bool = true, windowed: Bool = true) -> [NSRange] {
        var ranges: [NSRange] = []
        let speaksOfBirth = bytewise
            ? CueSearch.lowercasedContains(text.string, anyOf: birthWords) : CueSearch.reference(text.string, anyOf: birthWords)
        let windows = windowed ? digitWindows(text) : nil
        func digitMatches(_ pattern: NSRegularExpression) -> [NSTextCheckingResult] {
            windows.map { text.matches(pattern, within: $0) } ?? text.matches(pattern)
        }
        for match in digitMatches(date) + (speaksOfBirth ? text.matches(wordDate) : []) {
            if text.followsWord(match.range.location, also: [0x2F, 0x2E, 0x2D]) { continue }
            let before = text.before(match.range.location, 40)
            if strongBefore.occurs(in: before) || strongAfter.occurs(in: text.after(match.range.location + match.range.length, 20)) {
                ranges.append(match.range)
                continue
            }
            guard let year = year(of: match, in: text, referenceYear: referenceYear),
                  year >= referenceYear - 18 && year <= referenceYear else { continue }
            if weakBefore.occurs(in: text.before(match.range.location, 80)) {
                ranges.append(match.range)
            } else if let name = nameBefore.firstMatch(in: before, range: NSRange(location: 0, length: before.utf16.count)),
                      isName((before as NSString).substring(with: name.range(at: 1))) {
                ranges.append(match.range)
            }
        }
        for match in digitMatches(bornInMonth) {
            ranges.append(match.range(at: 1))
        }
        // Part of a date, where the words just before say whose birth it is.
        guard speaksOfBirth else { return ranges.sorted { $0.location < $1.location } }
        let partial = text.matches(dayMonth).filter { strongBefore.occurs(in: text.before($0.range.location, 40)) }
            + digitMatches(yearOnly).filter { birthLabel.occurs(in: text.before($0.range.location, 40)) }
        for match in partial where !ranges.contains(where: { NSIntersectionRange($0, match.range).length > 0 }) {
            if text.followsWord(match.range.location, also: [0x2F, 0x2E, 0x2D]) { continue }
            ranges.append(match.range)
        }
        return ranges.sorted { $0.location < $1.location }
    }

    /// Ages in days or weeks on a line that also has a full date.
    /// `windowed` false runs ``age`` over the whole text rather than in
    /// ``ageWindows(_:)``: the reference that is tested against.
    static func findAges(in text: ScanText, windowed: Bool = true) -> [NSRange] {
        guard ["old", "aged", "days on", "weeks on", "days at", "weeks at"].contains(where: { text.string.range(of: $0, options: .caseInsensitive) != nil }) else { return [] }
        let ages = windowed ? text.matches(age, within: ageWindows(text)) : text.matches(age)
        guard !ages.isEmpty else { return [] }
        return ages.compactMap { match in
            let line = text.before(match.range.location, 160) + text.after(match.range.location, 160)
            // "12 days on 12th November" is an age only where a baby is the subject, not an exclusion's length.
            let said = text.substring(match.range).lowercased()
            if !said.contains("old") && !said.contains("aged") && !babyWord.occurs(in: line) { return nil }
            return date.occurs(in: line) || dayMonth.occurs(in: line) ? match.range : nil
        }
    }

    /// The year of a date match, four digits (two read as this century or the last).
    static func year(of match: NSTextCheckingResult, in text: ScanText, referenceYear: Int) -> Int? {
        for group in 1..<match.numberOfRanges where match.range(at: group).location != NSNotFound {
            let digits = text.digits(in: match.range(at: group))
            guard !digits.isEmpty else { continue }
            var year = digits.reduce(0) { $0 * 10 + $1 }
            if digits.count <= 2 { year += year > referenceYear % 100 ? 1900 : 2000 }
            return year
        }
        return nil
    }
}
