import Foundation

/// Schools, nurseries and colleges by name: capitalised words before a
/// school word ("Oakwood Primary", "St Mary's CE Primary School", "Park
/// View Academy", "Little Acorns Nursery"). "The school", "primary school",
/// "the Virtual School" and "Forest School" name no school.
enum SchoolRecogniser {
    /// The school words, longest first; the bare ones (Primary, High...)
    /// count only when no capitalised word follows ("Oakwood Primary Care
    /// Network" is not a school).
    static let anchor = guardPattern(
        "\\b(?:(?:(?:C\\.?\\s?of\\s?E\\.?|CofE|CE|RC|R\\.C\\.|Catholic|Church\\s+of\\s+England|Methodist|Community|Church|Free|Muslim|Jewish|Islamic|Christian)\\s+)?(?:(?:Primary|Infant|Junior|Nursery|Secondary|High|Grammar|Free|Middle|Special|Studio|Sixth\\s+Form)\\s+(?:School|Academy|College)|Infant\\s+and\\s+Nursery\\s+School|Day\\s+Nursery|Playgroup|Junior\\s+and\\s+Infant\\s+School|Infants?|Juniors?|Primary|Nursery|High|Academy|School|College|Pre-?[Ss]chool|Pupil\\s+Referral\\s+Unit|PRU))(?![\\p{L}'’])"
    )
    static let bare: Set<String> = ["Primary", "Nursery", "High", "Infant", "Infants", "Junior", "Juniors"]
    /// Capitalised words that do not name a school: articles and other
    /// sentence openers, and words that make a kind of school, not one.
    static let notNames: Set<String> = [
        "The", "A", "An", "This", "That", "These", "Those", "Then", "When", "After", "Before", "At", "In", "On",
        "From", "To", "By", "With", "And", "But", "Or", "Her", "His", "Their", "Our", "My", "Your", "Its", "Both",
        "Each", "Every", "All", "No", "New", "Old", "Previous", "Current", "Former", "Same", "Local", "Nearby",
        "Another", "Other", "Which", "Whose", "Where", "While", "Although", "Because", "Since", "As", "If", "Once",
        "Primary", "Secondary", "Special", "Virtual", "Forest", "Sunday", "Summer", "Hospital", "Independent",
        "Mainstream", "Alternative", "Residential", "Boarding", "Designated", "Early", "Years", "Royal", "State",
        "Faith", "Village", "Infant", "Junior", "Nursery", "High", "Academy", "School", "College", "Free", "Catholic",
        "Community", "Church", "Methodist", "Muslim", "Jewish", "Islamic", "Christian", "Grammar", "Middle", "Studio",
        "Sixth", "Form", "Further", "Education", "Home", "Day", "Work", "Attendance", "Team", "Service", "Services",
        "Head", "Deputy", "Teacher", "Lead", "Safeguarding", "Officer", "Nurse", "Nursing", "Health", "Police",
        "Social", "Care", "Council", "Trust", "Multi", "Academies", "Partnership", "Neither", "Some", "Most", "Many",
        "Few", "Did", "Does", "Was", "Were", "Is", "Are", "Has", "Had", "Monday", "Tuesday", "Wednesday", "Thursday",
        "Friday", "Saturday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Year", "Reception", "Class", "Key", "Stage", "Risk", "Very", "Amber",
        "Red", "Green", "Medium", "Low", "Good", "Outstanding", "Inadequate", "Requires", "Improvement", "Ofsted",
        "Inclusion", "Behaviour", "Support", "Unit", "Centre", "Children's", "Family", "Families", "Mother", "Father",
        "Mum", "Dad", "Child", "Pupil", "Pupils", "Student", "Students", "Staff", "Governors", "Governing", "Body",
        "SEND", "SENCO", "DSL", "EHCP", "PEP", "LAC", "CIN", "CP", "CSC", "GP", "NHS", "MASH", "Authority",
        "Admissions", "Transport", "Holiday", "Breakfast", "Club", "After-School",
    ]
    static let saint: Set<String> = ["St", "St.", "Saint"]

    /// A saint's school in any case, typed in haste ("st anne's primary").
    static let saintSchool = guardPattern(
        "\\b(?:st\\.?|saint)[ \\u00A0]+[\\p{L}][\\p{L}'’\\-]+(?:[ \\u00A0]+(?:c[ .]?of[ .]?e\\.?|ce|rc|catholic|church[ \\u00A0]+of[ \\u00A0]+england|methodist|c[ \\u00A0]?e))?[ \\u00A0]+(?:primary|infants?|juniors?|nursery|high|academy|school|college|secondary)\\b",
        .caseInsensitive
    )

    /// Whether a text may hold a school at all, in any case.
    static let schoolWord = guardPattern("school|academy|college|primary|nursery|infant|junior|\\bhigh\\b|\\bpru\\b", .caseInsensitive)
    /// In lower case, typed in haste ("fir tree high school", "low moor c of e
    /// primary"): up to three words, then a kind of school or a church's, then
    /// maybe "school", "academy" or "college". The words must name it: little
    /// words and words that make a kind of school ("the local high school",
    /// "a new primary school") do not.
    static let lowerSchool = guardPattern(
        "(?<![\\p{L}'’\\-])((?:[a-z][a-z'’\\-]*[ \\u00A0]+){1,3}?)(?:(?:(c[ .]?of[ .]?e\\.?|ce|rc|catholic|community|church[ \\u00A0]+of[ \\u00A0]+england|methodist)[ \\u00A0]+)(?:(?:primary|infants?|juniors?|high|secondary|nursery)(?:[ \\u00A0]+(?:school|academy))?|school|academy|college)|(?:primary|infant|junior|high|secondary|grammar|middle|free|nursery|special)[ \\u00A0]+(?:school|academy|college)|primary|infants|juniors|academy|college)(?![\\p{L}])"
    )
    static let lowerStop: Set<String> = Set(notNames.map { $0.lowercased() }).union([
        "a", "an", "the", "his", "her", "their", "our", "my", "your", "its", "this", "that", "local", "new", "old", "previous",
        "current", "former", "same", "nearby", "another", "other", "mainstream", "special", "independent", "village", "state",
        "receiving", "feeder", "sending", "next", "first", "second", "last", "both", "each", "every", "all", "any", "at", "to",
        "from", "in", "on", "of", "by", "with", "and", "or", "but", "attends", "attended", "attending", "excluded", "moved",
        "joined", "left", "started", "starts", "start", "into", "onto", "big", "small", "large", "different", "private",
        "boarding", "residential", "county", "council", "year", "reception", "was", "is", "were", "are", "has", "had", "he",
        "she", "they", "him", "them", "we", "us", "send", "sen", "alternative", "no", "not", "only", "nearest", "closest", "own",
        "then", "after", "before", "when", "while", "so", "because", "also", "just", "still", "already", "now", "ever", "never",
        "later", "since", "until", "as", "for", "place", "places", "named", "called", "at", "near", "out", "off", "back",
        "free", "good", "outstanding", "inadequate", "requires", "improvement", "rated", "ofsted", "single", "sex", "girls",
        "boys", "mixed", "day", "weekly", "full", "time", "part", "catholic", "faith", "church", "grammar", "middle", "high",
        "primary", "secondary", "junior", "infant", "nursery", "academy", "school", "college", "forest", "sunday", "summer",
        "holiday", "virtual", "hospital", "home", "pupil", "referral", "unit", "one", "two", "three", "a", "i", "it",
        "form", "football", "sports", "sport", "dance", "drama", "music", "police", "army", "boxing", "youth", "fire", "further",
        "education", "training", "city", "college", "university", "uni", "art", "arts", "performing", "studio", "language",
        "english", "bible", "quran", "madrassa", "islamic", "community", "adult", "evening", "night", "online",
    ])

    /// A school's name in brackets after the kind of school it is: "the PRU
    /// (Northgate House)", "her school (Westfield)". Its words are capitalised
    /// and none says a grade, a stage, a time or where to look ("school
    /// (Ofsted Good)"); an acronym alone ("(KS2)") is none.
    static let bracketed = guardPattern(
        "\\b(?i:PRU|pupil\\s+referral\\s+unit|alternative\\s+provision|school|academy|nursery|college)\\s*\\(\\s*(\\p{Lu}[\\p{L}'’\\-]*(?:[ \\u00A0]+\\p{Lu}[\\p{L}'’\\-]*){0,3})\\s*\\)"
    )
    /// Words in brackets after a school that say something else of it: a
    /// grade, a key stage or year, when, or where to look.
    static let bracketStop: Set<String> = [
        "Ofsted", "Good", "Outstanding", "Requires", "Improvement", "Inadequate", "Satisfactory", "Special", "Measures", "Year",
        "Reception", "Key", "Stage", "KS", "See", "Above", "Below", "Now", "Previously", "Formerly", "Then", "The", "A", "An",
        "Mainstream", "Alternative", "Independent", "Private", "Primary", "Secondary", "Nursery", "School", "Academy", "College",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
        "May", "June", "July", "August", "September", "October", "November", "December", "DSL", "SENCO", "Head", "Teacher",
        "Part", "Full", "Time", "Mornings", "Afternoons", "Only", "Unknown", "Not", "No", "Yes", "Name", "Withheld", "Redacted",
    ]
    /// Church names a school takes whose words are otherwise little words
    /// ("holy family college", "sacred heart primary"), in lower case.
    static let churchNames: Set<String> = [
        "holy family", "sacred heart", "holy cross", "holy trinity", "holy rosary", "holy name", "holy spirit", "holy ghost",
        "corpus christi", "our lady", "christ the king", "all saints", "all souls", "blessed sacrament", "english martyrs",
    ]

    /// Finds schools. `windowed` false runs ``lowerSchool`` over the whole
    /// text: the reference the windowed scan is tested against.
    static func find(in text: ScanText, windowed: Bool = true) -> [NSRange] {
        var ranges: [NSRange] = text.matches(saintSchool).map(\.range)
        for match in text.matches(bracketed) {
            let inside = match.range(at: 1)
            let words = text.substring(inside).split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map(String.init)
            let acronym = words.count == 1 && words[0].count <= 5 && words[0] == words[0].uppercased()
            if !acronym, !words.contains(where: { bracketStop.contains($0) }) { ranges.append(inside) }
        }
        let lowerMatches: [(range: NSRange, lead: NSRange)] = windowed
            ? lowerSchoolMatches(in: text) : text.matches(lowerSchool).map { (range: $0.range, lead: $0.range(at: 1)) }
        for match in lowerMatches {
            let lead = match.lead
            let words = text.substring(lead).split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map(String.init)
            // The name is the words nearest the school word, back to the first little word.
            var kept = Array(words.reversed().prefix { !lowerStop.contains($0.lowercased()) }.reversed())
            // "holy family college": a church's name, though its words are little ones.
            if kept.isEmpty, let church = (2...3).lazy.compactMap({ count -> [String]? in
                guard words.count >= count else { return nil }
                let last = Array(words.suffix(count))
                return churchNames.contains(last.joined(separator: " ").lowercased()) ? last : nil
            }).first {
                kept = church
            }
            guard !kept.isEmpty else { continue }
            let start = lead.location + lead.length - kept.joined(separator: " ").utf16.count
            let found = NSRange(location: start, length: match.range.location + match.range.length - start)
            if !ranges.contains(where: { NSIntersectionRange($0, found).length > 0 }) { ranges.append(found) }
        }
        for match in text.matches(anchor) {
            let anchorText = text.substring(match.range)
            let end = match.range.location + match.range.length
            if bare.contains(anchorText), text.after(end, 3).range(of: "^\\s+\\p{Lu}", options: .regularExpression) != nil { continue }
            // "Gaviscon Infant": a medicine's name before a bare school word.
            if bare.contains(anchorText), let previous = wordsBefore(match.range.location, in: text).first,
               NameWords.medical.contains(previous.text.lowercased()) { continue }
            if anchorText == "College", text.after(end, 4).hasPrefix(" of ") { continue }
            // Walk back over the capitalised words before the anchor.
            var start = match.range.location
            var named = false
            // Words such as "Head" or "Park" name no school alone, but may be
            // part of a name before them ("Shibden Head High School").
            var skipped = 0
            for word in wordsBefore(match.range.location, in: text) {
                if saint.contains(word.text) {
                    start = word.range.location
                    continue
                }
                // A full stop ends the sentence before the name.
                if word.text.hasSuffix(".") { break }
                guard let first = word.text.unicodeScalars.first, CharacterSet.uppercaseLetters.contains(first) else { break }
                if notNames.contains(word.text) {
                    guard ["Head", "Park", "Green", "Hill", "Old", "New", "Royal", "Village", "Forest", "Church", "Family", "Heart", "Cross"].contains(word.text),
                          skipped == 0 else { break }
                    skipped += 1
                    continue
                }
                skipped = 0
                // An acronym alone ("GP Primary") is not a school's name.
                let letters = word.text.filter(\.isLetter)
                if letters.count <= 5 && letters == letters.uppercased() && !named { break }
                named = true
                start = word.range.location
            }
            if named { ranges.append(NSRange(location: start, length: end - start)) }
        }
        return ranges
    }

    /// The school words one of which ends every ``lowerSchool`` match.
    static let lowerKeywords: [[UInt16]] = ["school", "academy", "college", "primary", "infant", "junior", "high", "secondary", "nursery"]
        .map { Array($0.utf16) }

    /// Whether a unit can be inside a ``lowerSchool`` match: a lower-case
    /// ASCII letter, an apostrophe, a hyphen, a full stop or a space.
    static func isLowerSchoolUnit(_ unit: UInt16) -> Bool {
        (unit >= 0x61 && unit <= 0x7A) || unit == 0x20 || unit == 0xA0 || unit == 0x27 || unit == 0x2019 || unit == 0x2D || unit == 0x2E
    }

    /// ``lowerSchool``'s matches (whole match, group 1), the same as a scan
    /// of the whole text gives, found by scanning only the runs of units a
    /// match can be made of (``isLowerSchoolUnit``) that hold a school word
    /// in lower case. Every match lies inside one such run, so a run without
    /// a school word holds none, and a scan of the whole text finds in each
    /// run what a scan of the run alone finds, left to right. Each run is
    /// scanned with the whole character either side of it and transparent
    /// bounds, so the look-behind and look-ahead see what the whole text has.
    static func lowerSchoolMatches(in text: ScanText) -> [(range: NSRange, lead: NSRange)] {
        let units = text.units
        var found: [(range: NSRange, lead: NSRange)] = []
        var index = 0
        while index < units.count {
            guard isLowerSchoolUnit(units[index]) else { index += 1; continue }
            let start = index
            while index < units.count, isLowerSchoolUnit(units[index]) { index += 1 }
            let end = index
            guard end - start >= 6, holdsLowerKeyword(units, start, end) else { continue }
            // The whole character either side (a letter outside the BMP is two units).
            var windowStart = start
            if windowStart > 0 { windowStart -= (windowStart >= 2 && UTF16.isTrailSurrogate(units[windowStart - 1])) ? 2 : 1 }
            var windowEnd = end
            if windowEnd < units.count { windowEnd += (windowEnd + 1 < units.count && UTF16.isLeadSurrogate(units[windowEnd])) ? 2 : 1 }
            let window = text.substring(NSRange(location: windowStart, length: windowEnd - windowStart))
            let run = NSRange(location: start - windowStart, length: end - start)
            for match in lowerSchool.matches(in: window, options: [.withTransparentBounds], range: run) {
                let whole = match.range, lead = match.range(at: 1)
                found.append((NSRange(location: whole.location + windowStart, length: whole.length),
                              NSRange(location: lead.location + windowStart, length: lead.length)))
            }
        }
        return found
    }

    static func holdsLowerKeyword(_ units: [UInt16], _ start: Int, _ end: Int) -> Bool {
        for index in start..<end {
            for word in lowerKeywords where word[0] == units[index] && index + word.count <= end {
                var same = true
                for offset in 1..<word.count where units[index + offset] != word[offset] { same = false; break }
                if same { return true }
            }
        }
        return false
    }

    /// The words before `location`, nearest first, while they are joined by
    /// single spaces (at most four), not crossing a line or a sentence.
    static func wordsBefore(_ location: Int, in text: ScanText) -> [(text: String, range: NSRange)] {
        var words: [(String, NSRange)] = []
        var index = location
        while words.count < 4 {
            guard index > 0, text.units[index - 1] == 0x20 || text.units[index - 1] == 0xA0 else { break }
            var start = index - 1
            while start > 0, isWordUnit(text.units[start - 1]) { start -= 1 }
            guard start < index - 1 else { break }
            let range = NSRange(location: start, length: index - 1 - start)
            words.append((text.substring(range), range))
            index = start
        }
        return words
    }

    static func isWordUnit(_ unit: UInt16) -> Bool {
        guard let scalar = Unicode.Scalar(unit) else { return false }
        return scalar.properties.isAlphabetic || unit == 0x27 || unit == 0x2019 || unit == 0x2D || unit == 0x2E
            || (unit >= 0x30 && unit <= 0x39)
    }
}
