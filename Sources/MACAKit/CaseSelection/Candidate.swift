import Foundation

/// A case a case system offers for audit. Only what selection needs: never a
/// name, a date of birth or an address.
public struct Candidate: Sendable, Equatable {
    /// The case reference, as the case system writes it.
    public var ref: String
    /// An id of the template's age-band choices, e.g. `0-4`.
    public var ageBand: String?
    /// An id of the template's plan-type choices, e.g. `child-protection`.
    public var planType: String?
    /// Agency ids of the template, in the order the list gave them.
    public var agencies: [String]
    /// The date of the last involvement, `yyyy-mm-dd`.
    public var lastInvolvement: String?

    public init(ref: String, ageBand: String? = nil, planType: String? = nil, agencies: [String] = [], lastInvolvement: String? = nil) {
        self.ref = ref
        self.ageBand = ageBand
        self.planType = planType
        self.agencies = agencies
        self.lastInvolvement = lastInvolvement
    }
}

/// The candidates read from one case-system export, with what was left out
/// or could not be matched to the template. `Documentation/CandidateLists.md`
/// describes the columns.
public struct CandidateList: Sendable, Equatable {
    public var candidates: [Candidate]
    /// One sentence each, `file:line: …`, e.g.
    /// `candidates.csv:7: age '19' is outside every age band; left blank`.
    public var warnings: [String]

    public init(candidates: [Candidate] = [], warnings: [String] = []) {
        self.candidates = candidates
        self.warnings = warnings
    }

    /// Reads a CSV exported from a case system, matching its values to the
    /// template. UTF-8 (with or without Excel's byte order mark), UTF-16 with
    /// a byte order mark, and Excel's Windows-1252 "CSV" are all read.
    public static func load(path: String, template: AuditTemplate) throws -> CandidateList {
        let data = try OrdinaryFile.read(path, what: "candidate list")
        let (text, note) = try decode(data, file: path)
        var list = try parse(text, file: path, template: template)
        if let note { list.warnings.insert(note, at: 0) }
        return list
    }

    /// Reads candidates from CSV text; `file` names it in messages.
    public static func parse(_ text: String, file: String, template: AuditTemplate) throws(CandidateError) -> CandidateList {
        try CandidateCSV(file: file, terms: CaseProfileTerms(template: template)).read(text)
    }

    /// The candidates the filter lets through, in list order.
    public func filtered(by filter: CandidateFilter) -> [Candidate] {
        candidates.filter(filter.matches)
    }

    /// The candidate with this reference, compared without regard to case.
    public func candidate(_ ref: String) -> Candidate? {
        let wanted = ref.trimmingCharacters(in: .whitespaces).lowercased()
        return candidates.first { $0.ref.lowercased() == wanted }
    }

    /// The file's text, and a warning when it was not UTF-8.
    private static func decode(_ data: Data, file: String) throws(CandidateError) -> (String, String?) {
        let bytes = [UInt8](data.prefix(2))
        if bytes == [0xFF, 0xFE] || bytes == [0xFE, 0xFF] {
            if let text = String(data: data, encoding: .utf16) { return (text, nil) }
        } else if let text = String(data: data, encoding: .utf8) {
            return (text, nil)
        } else if let text = String(data: data, encoding: .windowsCP1252) {
            return (text, "\(file): not UTF-8 text; read as Windows-1252 (Excel's plain 'CSV'). Save as 'CSV UTF-8' if accented letters look wrong")
        }
        throw CandidateError(file: file, line: nil, message: "is not text maca can read; save it from the case system or Excel as 'CSV UTF-8'")
    }
}
