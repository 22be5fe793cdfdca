/// Which candidates to look at: any of the plan types, any of the age bands,
/// involving any of the agencies. An empty set does not filter.
public struct CandidateFilter: Sendable, Equatable, CustomStringConvertible {
    public var planTypes: Set<String>
    public var ageBands: Set<String>
    public var agencies: Set<String>

    public init(planTypes: Set<String> = [], ageBands: Set<String> = [], agencies: Set<String> = []) {
        self.planTypes = planTypes
        self.ageBands = ageBands
        self.agencies = agencies
    }

    public var isEmpty: Bool { planTypes.isEmpty && ageBands.isEmpty && agencies.isEmpty }

    /// Whether the candidate passes every part of the filter. A candidate
    /// whose plan type or age band is not known does not pass a filter on it.
    public func matches(_ candidate: Candidate) -> Bool {
        func passes(_ value: String?, _ wanted: Set<String>) -> Bool {
            wanted.isEmpty || value.map(wanted.contains) == true
        }
        return passes(candidate.planType, planTypes) && passes(candidate.ageBand, ageBands)
            && (agencies.isEmpty || candidate.agencies.contains(where: agencies.contains))
    }

    /// Parses `plan=child-protection,child-in-need age=0-4 agency=police`.
    ///
    /// The keys are `plan`, `age` and `agency` (`:` may stand for `=`). A value
    /// is an id or a label in any case, or a usual abbreviation (`CP`, `CIN`,
    /// `LAC`, `GP`); an age may be given in years. Several values separated by
    /// commas mean any of them; a label with spaces may be typed as it is
    /// (`plan=child in need`). Empty text is no filter.
    public static func parse(_ text: String, template: AuditTemplate) throws(CandidateError) -> CandidateFilter {
        let terms = CaseProfileTerms(template: template)
        var filter = CandidateFilter()
        for (key, value) in try clauses(text) {
            let values = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            switch Key(key) {
            case .plan:
                let ids = terms.planTypes.map(\.id)
                try require(values, key: key, kind: "plan type", ids: ids)
                for value in values {
                    guard let id = terms.planType(named: value) else { throw unknown("plan type", value, ids: ids) }
                    filter.planTypes.insert(id)
                }
            case .age:
                let ids = terms.ageBands.map(\.id)
                try require(values, key: key, kind: "age band", ids: ids)
                for value in values {
                    guard let id = terms.ageBand(named: value) else { throw unknown("age band", value, ids: ids) }
                    filter.ageBands.insert(id)
                }
            case .agency:
                let ids = terms.agencies.map(\.id)
                try require(values, key: key, kind: "agency", ids: ids)
                for value in values {
                    guard let id = terms.agency(named: value) else { throw unknown("agency", value, ids: ids) }
                    filter.agencies.insert(id)
                }
            case nil:
                throw CandidateError(file: nil, line: nil, message: "unknown filter key '\(key)'; the keys are plan, age and agency")
            }
        }
        return filter
    }

    /// `plan: child-in-need, child-protection; age: 0-4`, or `all candidates`.
    public var description: String {
        var parts: [String] = []
        for (name, values) in [("plan", planTypes), ("age", ageBands), ("agency", agencies)] where !values.isEmpty {
            parts.append("\(name): \(Self.ordered(values).joined(separator: ", "))")
        }
        return parts.isEmpty ? "all candidates" : parts.joined(separator: "; ")
    }

    // MARK: Parsing

    private enum Key {
        case plan, age, agency

        init?(_ text: String) {
            switch CaseProfileTerms.normalised(text) {
            case "plan", "plans", "plantype", "plantypes": self = .plan
            case "age", "ages", "ageband", "agebands": self = .age
            case "agency", "agencies": self = .agency
            default: return nil
            }
        }
    }

    /// `key=value` clauses; a word without `=` carries on the value before it.
    private static func clauses(_ text: String) throws(CandidateError) -> [(key: String, value: String)] {
        var clauses: [(key: String, value: String)] = []
        for word in text.split(whereSeparator: \.isWhitespace).map(String.init) {
            if let equals = word.firstIndex(where: { $0 == "=" || $0 == ":" }) {
                let key = String(word[..<equals])
                guard !key.isEmpty else {
                    throw CandidateError(
                        file: nil, line: nil, message: "'\(word)' has no key before '\(word[equals])'; write plan=…, age=… or agency=…"
                    )
                }
                clauses.append((key, String(word[word.index(after: equals)...])))
            } else if !clauses.isEmpty {
                clauses[clauses.count - 1].value += " " + word
            } else {
                throw CandidateError(file: nil, line: nil, message: "'\(word)' is not key=value; write plan=…, age=… or agency=…")
            }
        }
        return clauses
    }

    private static func require(_ values: [String], key: String, kind: String, ids: [String]) throws(CandidateError) {
        guard values.isEmpty else { return }
        throw CandidateError(file: nil, line: nil, message: "\(key)= needs a value: \(list(kind, ids))")
    }

    private static func unknown(_ kind: String, _ value: String, ids: [String]) -> CandidateError {
        CandidateError(file: nil, line: nil, message: "unknown \(kind) '\(value)': \(list(kind, ids))")
    }

    private static func list(_ kind: String, _ ids: [String]) -> String {
        guard !ids.isEmpty else { return "the template has no \(kind == "agency" ? "agencies" : "\(kind)s")" }
        return "the \(kind == "agency" ? "agencies" : "\(kind)s") are \(ids.joined(separator: ", "))"
    }

    /// Ids in a stable order: by their leading number (`0-4` before `11-15`), then as text.
    private static func ordered(_ ids: Set<String>) -> [String] {
        func leading(_ id: String) -> Int { Int(id.prefix { $0.isASCII && $0.isNumber }) ?? Int.max }
        return ids.sorted { (leading($0), $0) < (leading($1), $1) }
    }
}
