import Foundation

/// The template's words for what places a case in a sample (its age bands,
/// plan types and agencies), with the spellings case systems and people use
/// for them. Both the candidate list and the typed filter match through here,
/// so `CP` means the same in a CSV cell as at the prompt.
struct CaseProfileTerms: Sendable {
    /// An age band whose id reads as a range of years: `0-4`, or `18+` for no upper end.
    struct YearRange: Sendable {
        var id: String
        var lower: Int
        var upper: Int?

        func contains(_ age: Int) -> Bool {
            age >= lower && (upper.map { age <= $0 } ?? true)
        }
    }

    /// What an age in years comes to.
    enum AgeMatch: Equatable {
        case band(String)
        case outsideEveryBand(Int)
        case notAnAge
    }

    let ageBands: [Choice]
    let planTypes: [Choice]
    let agencies: [Agency]
    let yearRanges: [YearRange]
    private let ageBandSpellings: [String: String]
    private let planTypeSpellings: [String: String]
    private let agencySpellings: [String: String]

    init(template: AuditTemplate) {
        ageBands = template.question("age-band")?.choices ?? []
        planTypes = template.question("plan-type")?.choices ?? []
        agencies = template.agencies
        yearRanges = ageBands.compactMap(Self.yearRange)

        ageBandSpellings = Self.spellings(ids: ageBands.map(\.id), labels: ageBands.map { ($0.id, $0.label) }, aliases: [])
        planTypeSpellings = Self.spellings(
            ids: planTypes.map(\.id), labels: planTypes.map { ($0.id, $0.label) }, aliases: Self.planTypeAliases
        )
        // An agency's short name comes first, then the name without its
        // bracketed detail, then the agencies-involved question's labels.
        var labels = template.agencies.map { ($0.id, $0.name) }
        labels += template.agencies.compactMap { agency in
            agency.name.range(of: " (").map { (agency.id, String(agency.name[..<$0.lowerBound])) }
        }
        let agencyIDs = Set(template.agencies.map(\.id))
        labels += (template.question("agencies-involved")?.choices ?? [])
            .filter { agencyIDs.contains($0.id) }
            .map { ($0.id, $0.label) }
        agencySpellings = Self.spellings(ids: template.agencies.map(\.id), labels: labels, aliases: Self.agencyAliases)
    }

    // MARK: Matching

    /// The age band a cell or a typed value names: its id or label in any case,
    /// a range such as `0 to 4`, or an age in years.
    func ageBand(named text: String) -> String? {
        if let id = ageBandSpellings[Self.normalised(text)] { return id }
        let numbers = Self.integers(in: text)
        if numbers.count == 2, let range = yearRanges.first(where: { $0.lower == numbers[0] && $0.upper == numbers[1] }) {
            return range.id
        }
        if case let .band(id) = ageBand(forAge: text) { return id }
        return nil
    }

    /// The age band holding an age written in years (`7`, `7.5`, `7 years`),
    /// months (`8 months`), or `unborn`.
    func ageBand(forAge text: String) -> AgeMatch {
        guard let years = Self.years(text) else { return .notAnAge }
        guard let range = yearRanges.first(where: { $0.contains(years) }) else { return .outsideEveryBand(years) }
        return .band(range.id)
    }

    func planType(named text: String) -> String? {
        planTypeSpellings[Self.normalised(text)]
    }

    func agency(named text: String) -> String? {
        agencySpellings[Self.normalised(text)]
    }

    /// Splits an agencies cell at `;`, `|`, `,` or line breaks, but not inside
    /// brackets, so a full agency name such as "Acute hospital (emergency
    /// department, paediatrics, maternity)" stays whole.
    static func agencyNames(in cell: String) -> [String] {
        var names: [String] = []
        var current = ""
        var depth = 0
        for character in cell {
            switch character {
            case "(": depth += 1
            case ")": depth = max(0, depth - 1)
            default: break
            }
            if depth == 0, character == ";" || character == "|" || character == "," || character.isNewline {
                names.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        names.append(current)
        return names.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    // MARK: Spelling

    /// Lower case, `&` read as "and", and nothing but letters and digits, so
    /// that `Child-in-need`, `child in need` and `CHILD_IN_NEED` are one spelling.
    static func normalised(_ text: String) -> String {
        let lower = text.lowercased().replacingOccurrences(of: "&", with: "and")
        return String(String.UnicodeScalarView(lower.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }))
    }

    /// Ids win over labels, labels over aliases; an alias counts only when its id is the template's.
    private static func spellings(ids: [String], labels: [(String, String)], aliases: [(id: String, spellings: [String])]) -> [String: String] {
        var table: [String: String] = [:]
        func add(_ spelling: String, _ id: String) {
            let key = normalised(spelling)
            if !key.isEmpty, table[key] == nil { table[key] = id }
        }
        for id in ids { add(id, id) }
        for (id, label) in labels { add(label, id) }
        let known = Set(ids)
        for alias in aliases where known.contains(alias.id) {
            for spelling in alias.spellings { add(spelling, alias.id) }
        }
        return table
    }

    /// What case systems and practitioners call the usual plan types.
    static let planTypeAliases: [(id: String, spellings: [String])] = [
        ("early-help", ["EH", "EHA", "EHAP", "early help plan", "early help assessment", "TAF", "team around the family"]),
        ("child-in-need", ["CIN", "CIN plan", "child in need plan", "children in need", "s17", "section 17"]),
        ("child-protection", ["CP", "CPP", "CP plan", "child protection", "child protection plan", "protection plan"]),
        ("looked-after", [
            "LAC", "CLA", "CIC", "looked after child", "looked after children", "child looked after",
            "children looked after", "child in care", "in care", "care order", "s20", "section 20", "s31", "section 31",
        ]),
        ("none", ["no plan", "N/A", "nil"]),
    ]

    /// Common names for the agencies of the shipped templates.
    static let agencyAliases: [(id: String, spellings: [String])] = [
        ("csc", ["social care", "children's social care", "children's services", "social services", "social work"]),
        ("early-help", ["EH", "early help service", "family support", "family hub"]),
        ("police", ["police force", "constabulary"]),
        ("health-gp", ["GP", "general practice", "GP surgery", "primary care"]),
        ("health-hv-sn", ["HV", "health visitor", "health visiting", "school nurse", "school nursing", "0-19 service"]),
        ("health-acute", ["hospital", "acute trust", "ED", "A&E", "emergency department", "paediatrics", "maternity", "midwifery"]),
        ("health-mh", ["CAMHS", "mental health", "AMHS", "adult mental health", "CMHT"]),
        ("health-sexual", ["sexual health"]),
        ("education", ["school", "schools", "early years", "nursery", "college"]),
        ("probation", ["probation"]),
        ("housing", ["housing provider", "housing association"]),
        ("drug-alcohol", [
            "substance misuse", "substance misuse service", "drug and alcohol", "drugs and alcohol",
            "drug and alcohol service", "drugs and alcohol service", "drug service", "alcohol service",
        ]),
        ("idva", ["IDVA", "domestic abuse", "domestic abuse service", "refuge"]),
        ("yjs", ["YJS", "YOT", "youth justice", "youth offending", "youth offending team", "youth offending service"]),
        ("rhi", ["RHI", "return home interview", "return home interviews"]),
        ("placement-provider", ["placement", "foster carer", "foster care", "children's home", "residential home"]),
    ]

    // MARK: Numbers

    /// `0-4` is 0 to 4 years; `18+` is 18 and over. Other ids are bands by name only.
    private static func yearRange(_ choice: Choice) -> YearRange? {
        if choice.id.hasSuffix("+"), let lower = Int(choice.id.dropLast()) {
            return YearRange(id: choice.id, lower: lower, upper: nil)
        }
        let parts = choice.id.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let lower = Int(parts[0]), let upper = Int(parts[1]), lower <= upper else { return nil }
        return YearRange(id: choice.id, lower: lower, upper: upper)
    }

    /// Whole years from `7`, `7.5`, `7 years`, `7 yrs`, `8 months` or `unborn`.
    static func years(_ text: String) -> Int? {
        let lower = text.trimmingCharacters(in: .whitespaces).lowercased()
        if ["unborn", "pre-birth", "prebirth", "pre birth"].contains(lower) { return 0 }
        let digits = lower.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3, let whole = Int(digits) else { return nil }
        var rest = lower.dropFirst(digits.count)
        if rest.first == "." {
            rest = rest.dropFirst()
            let fraction = rest.prefix { $0.isASCII && $0.isNumber }
            guard !fraction.isEmpty else { return nil }
            rest = rest.dropFirst(fraction.count)
        }
        switch rest.trimmingCharacters(in: .whitespaces) {
        case "", "y", "yr", "yrs", "year", "years", "years old": return whole
        case "m", "mth", "mths", "month", "months", "months old": return whole / 12
        default: return nil
        }
    }

    /// The runs of ASCII digits in a text, as numbers.
    private static func integers(in text: String) -> [Int] {
        text.split { !($0.isASCII && $0.isNumber) }.compactMap { Int($0) }
    }
}
