import Foundation

/// Street addresses: a house number (12, 12a, 12-14) then capitalised words
/// and a street-type word ("12 Acacia Avenue", "3 Church St"), and flat
/// numbers ("Flat 3", "Apartment 12b", "Plot 7, Cottingley Springs"), and
/// a lower-case "14 mill lane", and a house's name before its street
/// ("Rose Cottage, Chapel St"). A street named alone, without a number or
/// a house, is not read.
enum AddressRecogniser {
    static let streetTypes = [
        "Road", "Rd", "Street", "St", "Avenue", "Ave", "Close", "Cl", "Lane", "Ln", "Drive", "Dr", "Way", "Crescent", "Cres",
        "Court", "Ct", "Gardens", "Gdns", "Place", "Pl", "Terrace", "Terr", "Grove", "Gr", "Walk", "Rise", "Mews", "Hill", "Row",
        "Square", "Sq", "Parade", "View", "Green", "Park", "Vale", "Fold", "Croft", "Mount", "Wynd", "Chase", "Heights", "Meadow",
        "Meadows", "Approach", "Bank", "Brow", "Garth", "Gate", "Lea", "Yard", "Boulevard", "Circus", "Crest", "Field",
        "Fields", "Glade", "Glen", "Hollow", "Ridge", "Wharf", "Wood", "Dale",
    ]
    static let streetWord = "(?:\\p{Lu}[\\p{L}'’\\-]*|St\\.?|de|la|le|of|the|upon|on)"
    static let street = guardPattern(
        "(?<![\\p{L}\\p{N}/.:£$%#])\\d{1,4}[A-Za-z]?(?:\\s?[-–]\\s?\\d{1,4}[A-Za-z]?)?,?[ \\u00A0]+(?:\(streetWord)[ \\u00A0]+){0,3}\\p{Lu}[\\p{L}'’\\-]*[ \\u00A0]+(?:\(Set(streetTypes).sorted { $0.count > $1.count }.joined(separator: "|")))\\.?(?![\\p{L}\\p{N}])"
    )
    /// A flat, apartment, or a plot or pitch on a site, with its number and
    /// the building or site named after it ("Flat 3, Kingsley Court", "Plot 7, Cottingley Springs").
    static let flat = guardPattern(
        "(?<![\\p{L}\\p{N}])(?:Flat|FLAT|Apartment|Apt\\.?|Plot|Pitch|flat(?=\\s+\\d{1,4}[A-Za-z]?\\s*,)|(?:plot|pitch)(?=\\s+\\d{1,4}[A-Za-z]?\\s*,))[ \\u00A0]+\\d{1,4}[A-Za-z]?(?:,?[ \\u00A0]+(?:\\p{Lu}[\\p{L}'’\\-]*)(?:[ \\u00A0]+\\p{Lu}[\\p{L}'’\\-]*){0,3})?(?![\\p{L}\\p{N}])"
    )
    /// In lower case, typed in haste ("14 mill lane"): a number, one or two
    /// words that are not units or little words, and a street word no
    /// everyday phrase ends in.
    static let lowerStreet = guardPattern(
        "(?<![\\p{L}\\p{N}/.:£$%#])\\d{1,4}[a-z]?[ \\u00A0]+([a-z][a-z'’\\-]+)(?:[ \\u00A0]+([a-z][a-z'’\\-]+))?[ \\u00A0]+(?:road|street|avenue|lane|crescent|gardens|terrace|grove|mews|close|drive|st|rd|ave|rise|way|walk|court|place|view|croft|fold|chase|vale|dale|mount|parade|square|approach|row|green|park|hill)(?![\\p{L}\\p{N}])"
    )
    /// A house's name, then its street: "Rose Cottage, Chapel St", "The
    /// Willows, Oak Lane", "Orchard House, Hill Road".
    static var houseThenStreet: NSRegularExpression {
        guardPattern(
            "(?<![\\p{L}\\p{N}])((?:The[ \\u00A0]+)?\\p{Lu}[\\p{L}'’\\-]*(?:[ \\u00A0]+\\p{Lu}[\\p{L}'’\\-]*){0,2}),[ \\u00A0]+(?:\\p{Lu}[\\p{L}'’\\-]*[ \\u00A0]+){1,3}(?:\(streetAlternation))\\.?(?![\\p{L}\\p{N}])"
        )
    }
    static let houseStreet = houseThenStreet
    static let streetAlternation = Set(streetTypes).sorted { $0.count > $1.count }.joined(separator: "|")
    static let notStreetWords: Set<String> = [
        "the", "a", "an", "of", "up", "down", "along", "on", "in", "to", "from", "by", "at", "main", "busy", "quiet", "same", "other",
        "mile", "miles", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "time", "times", "day", "days", "week",
        "weeks", "month", "months", "year", "years", "km", "metre", "metres", "meter", "meters", "yard", "yards", "door", "doors",
        "house", "houses", "more", "further", "separate", "different", "new", "old", "country", "back", "side", "private",
        "and", "or", "x", "visits", "visit", "cars", "car", "children", "people", "very", "really", "quite", "too", "so", "long",
        "short", "percent", "per", "cent", "point", "family", "youth", "crown", "county", "magistrates", "safe", "first", "second",
        "third", "last", "next", "theme", "play", "skate", "national", "football", "public", "holiday", "sunday", "school", "fold",
        "hour", "step", "steps", "strike", "fast", "slow", "steep", "big", "small", "little", "local", "nearby", "this", "that",
        "his", "her", "their", "our", "my", "your", "its", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "all", "some", "many", "few", "several", "separate", "own", "high", "low", "open", "closed", "care", "hearing",
        "hearings", "sessions", "session", "meetings", "meeting", "kids", "adults", "staff", "officers", "workers", "point",
    ]
    /// Words before a street type that make it a court or an institution, not a street.
    static let notStreets: Set<String> = [
        "High Court", "Family Court", "Crown Court", "County Court", "Youth Court", "Magistrates Court", "Magistrates' Court",
        "Coroner's Court", "Supreme Court", "Appeal Court", "Early Help", "Food Bank", "Safe Place", "Key Worker",
    ]

    /// Where ``street`` and ``lowerStreet`` can match. Each starts with a
    /// digit that no digit (of any script) stands before, so at the start of
    /// a run of digits, and reads on only over letters, digits, spaces,
    /// white space and `-,.'` (and units outside ASCII): its window runs from
    /// there as far as those go. Their look-behind, at the start, made ICU
    /// try them at every position of the text.
    static func digitWindows(_ text: ScanText) -> [Range<Int>] {
        text.windowsAroundDigits(before: 0, after: .max) { unit in
            (unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x61 && unit <= 0x7A) || (unit >= 0x09 && unit <= 0x0D)
                || unit == 0x2D || unit == 0x2C || unit == 0x2E || unit == 0x27
        }
    }

    /// `windowed` false runs ``street`` and ``lowerStreet`` over the whole
    /// text rather than in ``digitWindows(_:)``: the reference that is tested against.
    static func find(in text: ScanText, windowed: Bool = true) -> [NSRange] {
        let windows = windowed ? digitWindows(text) : nil
        func digitMatches(_ pattern: NSRegularExpression) -> [NSTextCheckingResult] {
            windows.map { text.matches(pattern, within: $0) } ?? text.matches(pattern)
        }
        var ranges = text.matches(flat).map(\.range)
        for match in text.matches(houseStreet) {
            // The house's name must not be a sentence's first words or a court ("High Court, Oxford Row").
            let house = text.substring(match.range(at: 1))
            if notStreets.contains(where: house.hasSuffix) || ["The", "A", "An"].contains(house) { continue }
            ranges.append(match.range)
        }
        for match in digitMatches(lowerStreet) {
            let words = (1..<match.numberOfRanges).compactMap { match.range(at: $0).location == NSNotFound ? nil : text.substring(match.range(at: $0)) }
            if words.contains(where: notStreetWords.contains) { continue }
            ranges.append(match.range)
        }
        for match in digitMatches(street) {
            let words = text.substring(match.range).split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" })
            guard words.count >= 3 else { continue }
            let lastTwo = words.suffix(2).joined(separator: " ")
            if notStreets.contains(lastTwo) { continue }
            ranges.append(match.range)
        }
        return ranges.sorted { $0.location < $1.location }
    }
}
