import Foundation

/// UK postcodes. A full postcode (outward and inward code, with or without
/// the space) counts wherever it is; an outward code alone ("LS6") only
/// where the text says it is a place someone lives ("postcode LS6", "lives
/// in LS6", "moved to the BD3 area"). Only the postcode areas that exist
/// are read, so a year group ("Y10") or a form ("B2" is a real area, but
/// needs context alone) is not; an ordinal written after a code's digits
/// ("Y10 2nd", "SE1 3rd") is not an inward code.
enum PostcodeRecogniser {
    /// Every UK postcode area, the letters a postcode starts with.
    static let areas = [
        "AB", "AL", "B", "BA", "BB", "BD", "BH", "BL", "BN", "BR", "BS", "BT", "CA", "CB", "CF", "CH", "CM", "CO", "CR", "CT",
        "CV", "CW", "DA", "DD", "DE", "DG", "DH", "DL", "DN", "DT", "DY", "E", "EC", "EH", "EN", "EX", "FK", "FY", "G", "GL",
        "GU", "GY", "HA", "HD", "HG", "HP", "HR", "HS", "HU", "HX", "IG", "IM", "IP", "IV", "JE", "KA", "KT", "KW", "KY", "L",
        "LA", "LD", "LE", "LL", "LN", "LS", "LU", "M", "ME", "MK", "ML", "N", "NE", "NG", "NN", "NP", "NR", "NW", "OL", "OX",
        "PA", "PE", "PH", "PL", "PO", "PR", "RG", "RH", "RM", "S", "SA", "SE", "SG", "SK", "SL", "SM", "SN", "SO", "SP", "SR",
        "SS", "ST", "SW", "SY", "TA", "TD", "TF", "TN", "TQ", "TR", "TS", "TW", "UB", "W", "WA", "WC", "WD", "WF", "WN", "WR",
        "WS", "WV", "YO", "ZE",
    ]
    static let areaSet = Set(areas)
    /// The shape of a postcode; its area is checked against `areas` after,
    /// which is much faster than an alternation of every area.
    static let full = guardPattern("([A-Za-z]{1,2})\\d[A-Za-z\\d]?[ \\u00A0]{0,2}(\\d[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2})(?![\\p{L}\\p{N}])")
    /// A full postcode in capitals with a letter O typed for a zero ("CRO 2AB", "SW1O 1AA").
    static let letterO = guardPattern("([A-Z]{1,2})(?:O[A-Z\\d]?|\\d[O])[ \\u00A0]{0,2}([\\dO][ABD-HJLNP-UW-Z]{2})(?![\\p{L}\\p{N}])")
    static let outwardOnly = guardPattern("([A-Z]{1,2})\\d[A-Z\\d]?(?![\\p{L}\\p{N}]|[ \\u00A0]{0,2}\\d[A-Za-z]{2})")
    /// What says an outward code is where someone lives, just before it.
    static let placeBefore = guardPattern(
        "(?:(?:post ?code|p/?code|pc)(?: (?:is|was|district|area))?|(?:found|seen|located|traced|picked up|stopped|arrested|missing|spotted|sighted|recovered) (?:in|to|from)|(?:refuge|hostel|shelter|accommodation|placement|property|address|B&B|home|house|flat|family|mum|mother|dad|father|she|he|they|child|children|baby)(?: (?:is|was|are|were|now|still|also))* in|(?:based|staying|stays|stayed|sleeping|sofa.?surfing|originally|grew up|brought up|born|moved back|lived|living) (?:in|to|from)|from the|lives? in|living in|lived in|moved (?:in)?to|moving to|relocated to|resides? in|residing in|address(?: is| was| in)?|(?:re)?housed in|rehoused to|placed in|home in|family in|flat in|house in)[\\s:,\\-]*(?:the\\s+)?$",
        .caseInsensitive
    )
    /// Or just after it.
    static let placeAfter = guardPattern("^\\s*(?:area|postcode|district)\\b", .caseInsensitive)
    static let ordinal = guardPattern("^[1-9](?:st|nd|rd|th)$")

    /// Where ``full`` and ``outwardOnly`` can match: each match holds a
    /// digit, with at most two letters before its first digit and eight
    /// units other than spaces from it (digits outside the BMP two units
    /// each), all ASCII letters, digits and spaces.
    static func digitWindows(_ text: ScanText) -> [Range<Int>] {
        text.windowsAroundDigits(before: 2, after: 8) { unit in
            (unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x61 && unit <= 0x7A)
        }
    }

    /// `windowed` false runs ``full`` over the whole text rather than in
    /// ``digitWindows(_:)``: the reference that is tested against.
    static func find(in text: ScanText, windowed: Bool = true) -> [NSRange] {
        let fullMatches = windowed ? text.matches(full, within: digitWindows(text)) : text.matches(full)
        let found = fullMatches.compactMap { match -> NSRange? in
            guard !text.followsWord(match.range.location), areaSet.contains(text.substring(match.range(at: 1)).uppercased()) else { return nil }
            if ordinal.occurs(in: text.substring(match.range(at: 2))) { return nil }
            return match.range
        }
        let mistyped = text.matches(letterO).compactMap { match -> NSRange? in
            guard !text.followsWord(match.range.location), areaSet.contains(text.substring(match.range(at: 1))),
                  !ordinal.occurs(in: text.substring(match.range(at: 2)).lowercased()),
                  !found.contains(where: { NSIntersectionRange($0, match.range).length > 0 }) else { return nil }
            return match.range
        }
        return (found + mistyped).sorted { $0.location < $1.location }
    }

    /// `windowed` false runs ``outwardOnly`` over the whole text: the reference.
    static func findOutward(in text: ScanText, windowed: Bool = true) -> [NSRange] {
        (windowed ? text.matches(outwardOnly, within: digitWindows(text)) : text.matches(outwardOnly)).compactMap { match in
            guard !text.followsWord(match.range.location), areaSet.contains(text.substring(match.range(at: 1))) else { return nil }
            let end = match.range.location + match.range.length
            let placed = placeBefore.occurs(in: text.before(match.range.location, 40)) || placeAfter.occurs(in: text.after(end, 20))
            return placed ? match.range : nil
        }
    }
}
