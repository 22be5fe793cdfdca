import Foundation

/// Agencies' own numbers for a child or an incident, written after the
/// words that name them: police crime, occurrence, incident and log
/// numbers, and children's social care ids ("Mosaic ID 1234567", "LCS
/// number 556677", "crime ref 13/123456/24"). A partnership's config adds
/// its own patterns (`reference-patterns`), which match without a cue and
/// are run first. An audit's own case references ("DEMO-0101") are how
/// cases are meant to be named, so "case ref" is not a cue.
enum CaseReferenceRecogniser {
    static let cue = guardPattern(
        "(?:\\bcrime\\s+(?:ref(?:erence)?|number|no\\.?|report(?:\\s+number)?)|\\boccurrence(?:\\s+(?:number|no\\.?|ref(?:erence)?))?|\\bincident\\s+(?:number|no\\.?|log(?:\\s+number)?|ref(?:erence)?)|\\blog\\s+(?:number|no\\.?)|\\bCAD(?:\\s+(?:number|no\\.?|ref(?:erence)?))?|\\bpolice\\s+(?:ref(?:erence)?|log|number|no\\.?|incident)|\\bstorm(?:\\s+log)?|\\bniche(?:\\s+(?:ref(?:erence)?|number|id))?|\\bURN|\\bCRN|\\bPNC(?:\\s+(?:id|number|no\\.?))?|\\b(?:Mosaic|LCS|Liquidlogic|Liquid\\s+Logic|Eclipse|CareFirst|ICS|CSC|social\\s+care|children's\\s+social\\s+care|EHM|early\\s+help)\\s+(?:person\\s+|case\\s+|child\\s+|client\\s+)?(?:id|number|no\\.?|ref(?:erence)?)|\\b(?:child|person|client|worker)\\s+id|\\bunique\\s+(?:pupil\\s+)?(?:ref(?:erence)?|number)|\\bUPN|\\bULN)\\b[\\s:#.\\-(]*(?:(?:is|was|of)\\s+)?$",
        .caseInsensitive
    )
    /// Each run of ASCII letters, digits, slashes and hyphens with a digit in
    /// it, 4 to 25 long, not ending in a slash or hyphen, is a number; it
    /// counts when a cue stands just before it. Numbers are few in prose, so
    /// the cue is looked for only before them.
    static func find(in text: ScanText) -> [NSRange] {
        var ranges: [NSRange] = []
        let units = text.units
        var index = 0
        func isPart(_ unit: UInt16) -> Bool {
            (unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x61 && unit <= 0x7A) || unit == 0x2F || unit == 0x2D
        }
        while index < units.count {
            guard isPart(units[index]) else { index += 1; continue }
            let start = index
            var digit = false
            while index < units.count, isPart(units[index]) {
                if units[index] >= 0x30 && units[index] <= 0x39 { digit = true }
                index += 1
            }
            var end = index
            while end > start, units[end - 1] == 0x2F || units[end - 1] == 0x2D { end -= 1 }
            guard digit, end - start >= 4, end - start <= 25, units[start] != 0x2F, units[start] != 0x2D,
                  !text.followsWord(start) else { continue }
            if cue.occurs(in: text.before(start, 48)) { ranges.append(NSRange(location: start, length: end - start)) }
        }
        return ranges
    }
}
