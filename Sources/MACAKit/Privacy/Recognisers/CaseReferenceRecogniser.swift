import Foundation

/// Agencies' own numbers for a child or an incident, written after the
/// words that name them: police crime, occurrence, incident and log
/// numbers, and children's social care, health and school systems' ids
/// ("Mosaic ID 1234567", "LCS 556677", "crime reference number
/// 13/123456/24", "Storm ref 1234-150324", "Log 1987 03/03/24"). A partnership's config adds
/// its own patterns (`reference-patterns`), which match without a cue and
/// are run first. An audit's own case references ("DEMO-0101") are how
/// cases are meant to be named, so "case ref" is not a cue.
enum CaseReferenceRecogniser {
    /// What a number may be called after the word that names its system:
    /// "crime reference number", "storm ref", "Mosaic ID no.".
    static let numberWord = "(?:\\s*(?:ref(?:erence)?|number|num|nr|no\\.?|id|#|log|serial|urn))*"
    static let cue = CuedPattern(guardPattern(
        "(?:\\bcrime(?:\\s+(?:ref(?:erence)?|number|no\\.?|report|record))+|\\boccurrence|\\bincident\\s+(?:number|no\\.?|log|ref(?:erence)?)|\\blog\\s+(?:number|no\\.?)|\\bCAD|\\bpolice\\s+(?:ref(?:erence)?|log|number|no\\.?|incident)|\\b(?:op(?:eration)?\\s+)?encompass(?:\\s+(?:log|notification|ref))?|\\bstorm|\\bniche|\\bathena|\\bconnect\\s+(?:ref|number|id)|\\bURN|\\bCRN|\\bPNC|\\bMARAC\\s+(?:ref(?:erence)?|number|no\\.?|id)|\\bLADO\\s+(?:ref(?:erence)?|number|no\\.?|id|referral)|\\bMASH\\s+(?:ref(?:erence)?|number|no\\.?|id|contact|record)|\\bcontact\\s+(?:ref(?:erence)?|number|no\\.?|id)|\\b(?:Mosaic|LCS|Liquidlogic|Liquid\\s+Logic|Eclipse|CareFirst|Care\\s+First|Azeus|EHM|SystmOne|EMIS|Lorenzo|Capita\\s+One|CPOMS|MyConcern)(?:\\s+(?:person|case|child|client|episode))?|\\b(?:ICS|CSC|EH|social\\s+care|children's\\s+social\\s+care|early\\s+help)\\s+(?:person\\s+|case\\s+|child\\s+|client\\s+)?(?:id|number|no\\.?|ref(?:erence)?)|\\b(?:child|person|client|worker|pupil)\\s+id|\\bunique\\s+(?:pupil\\s+)?(?:ref(?:erence)?|number)|\\bUPN|\\bULN)\\b\(numberWord)[\\s:#.\\-(]*(?:(?:is|was|of)\\s+)?$",
        .caseInsensitive
    ), words: [
        "crime", "occurrence", "incident", "log", "cad", "police", "encompass", "storm", "niche", "athena", "connect", "urn", "crn",
        "pnc", "marac", "lado", "mash", "contact", "mosaic", "lcs", "liquid", "eclipse", "care", "azeus", "ehm", "systmone", "emis",
        "lorenzo", "capita", "cpoms", "myconcern", "ics", "csc", "eh", "social", "early", "child", "person", "client", "worker",
        "pupil", "unique", "upn", "uln",
    ])
    static let dateOrTime = CuedPattern(
        guardPattern("^(?:\\d{1,2}[/.\\-]\\d{1,2}(?:[/.\\-]\\d{2,4})?|\\d{3,4}(?:hrs?|h)|\\d{1,2}(?:am|pm))$", .caseInsensitive),
        words: ["/", ".", "-", "h", "am", "pm"]
    )
    static let numberCue = CuedPattern(
        guardPattern("(?:ref(?:erence)?|number|num|nr|no\\.?|id|#)[\\s:#.\\-(]*$", .caseInsensitive), words: ["ref", "num", "nr", "no", "id", "#"]
    )
    /// "Case number: 1780332865135": a case system's number, all digits and
    /// six or more of them; an audit's own case reference ("DEMO-0101",
    /// "NEG-2024-03") has letters or fewer digits.
    static let caseCue = CuedPattern(
        guardPattern("\\b(?:case|file|record|referral|contact|person|client|child)\\s*(?:ref(?:erence)?|number|num|nr|no\\.?|id|#)[\\s:#.\\-(]*$", .caseInsensitive),
        words: ["case", "file", "record", "referral", "contact", "person", "client", "child"]
    )
    /// "Log 1987 03/03/24": a log's number, then the date it was raised.
    static let logCue = CuedPattern(guardPattern("\\blog\\s*(?:no\\.?|number|#)?[\\s:#.]*$", .caseInsensitive), words: ["log"])
    /// "CAD 2005 shows…": a police dispatch system's number straight after
    /// its name is a number even when it looks like a year ("in 2005" has
    /// a word between), and even when it has only three digits ("storm 438").
    static let dispatchCue = CuedPattern(
        guardPattern("\\b(?:CAD|storm|occurrence)\\s*(?:no\\.?|number|#)?[\\s:#.]*$", .caseInsensitive), words: ["cad", "storm", "occurrence"]
    )
    /// Every cue's pattern, by name, for the test that holds each to its pattern alone.
    static let cues: [(name: String, cue: CuedPattern)] = [
        ("cue", cue), ("dateOrTime", dateOrTime), ("numberCue", numberCue), ("caseCue", caseCue), ("logCue", logCue), ("dispatchCue", dispatchCue),
    ]
    static let dateAfter = guardPattern("^\\s*(?:of\\s+|on\\s+|dated\\s+)?\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{2,4}\\b")
    /// Each run of ASCII letters, digits, slashes and hyphens with a digit in
    /// it, 4 to 25 long, not ending in a slash or hyphen, is a number; it
    /// counts when a cue stands just before it. Numbers are few in prose, so
    /// the cue is looked for only before them, and each cue's pattern only
    /// where its words are (``CuedPattern``); `cued` false asks every
    /// pattern, the reference that is tested against.
    static func find(in text: ScanText, cued: Bool = true) -> [NSRange] {
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
            guard digit, end - start >= 3, end - start <= 25, units[start] != 0x2F, units[start] != 0x2D,
                  !text.followsWord(start) else { continue }
            let before = text.before(start, 48)
            let token = text.substring(NSRange(location: start, length: end - start))
            // A date or a time ("CPOMS 09/11/2024", "police log 0815hrs") says when, not which.
            if dateOrTime.occurs(in: token, cued: cued) { continue }
            // "log 679 of 04/06/2024": a log's number may be short, and so may a police dispatch
            // system's straight after its name ("storm 438"); any other is four or more.
            let logged = logCue.occurs(in: before, cued: cued) && dateAfter.occurs(in: text.after(end, 24))
            guard logged || token.count >= 4 || dispatchCue.occurs(in: before, cued: cued) else { continue }
            // A year after a system's name ("Mosaic 2019") is when, not which; after a police dispatch log's, which.
            if !logged, token.count == 4, let year = Int(token), (1900...2099).contains(year), !numberCue.occurs(in: before, cued: cued),
               !dispatchCue.occurs(in: before, cued: cued) { continue }
            let systemNumber = token.count >= 6 && token.allSatisfy(\.isNumber) && caseCue.occurs(in: before, cued: cued)
            if logged || systemNumber || cue.occurs(in: before, cued: cued) {
                ranges.append(NSRange(location: start, length: end - start))
            }
        }
        return ranges
    }
}
