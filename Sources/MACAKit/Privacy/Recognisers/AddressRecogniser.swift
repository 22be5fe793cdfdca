import Foundation

/// Street addresses: a house number (12, 12a, 12-14) then capitalised words
/// and a street-type word ("12 Acacia Avenue", "3 Church St"), and flat
/// numbers ("Flat 3", "Apartment 12b"). A street named without a number,
/// and a house name, are not read.
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
    static let flat = guardPattern("(?<![\\p{L}\\p{N}])(?:Flat|FLAT|Apartment|Apt\\.?|flat(?=\\s+\\d{1,4}[A-Za-z]?\\s*,))[ \\u00A0]+\\d{1,4}[A-Za-z]?(?![\\p{L}\\p{N}])")
    /// Words before a street type that make it a court or an institution, not a street.
    static let notStreets: Set<String> = [
        "High Court", "Family Court", "Crown Court", "County Court", "Youth Court", "Magistrates Court", "Magistrates' Court",
        "Coroner's Court", "Supreme Court", "Appeal Court", "Early Help", "Food Bank", "Safe Place", "Key Worker",
    ]

    static func find(in text: ScanText) -> [NSRange] {
        var ranges = text.matches(flat).map(\.range)
        for match in text.matches(street) {
            let words = text.substring(match.range).split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" })
            guard words.count >= 3 else { continue }
            let lastTwo = words.suffix(2).joined(separator: " ")
            if notStreets.contains(lastTwo) { continue }
            ranges.append(match.range)
        }
        return ranges.sorted { $0.location < $1.location }
    }
}
